package uk.opcc.quorum.bot.teams;

import java.util.concurrent.ThreadPoolExecutor;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Threads for the work done after an activity is acknowledged. The queue is bounded: past it, the request thread
 * does the work itself, which slows acknowledgements instead of letting a flood of activities fill the memory.
 */
@Configuration(proxyBeanMethods = false)
class BotWorkConfiguration {

	@Bean
	ThreadPoolTaskExecutor botWork(TeamsProperties properties) {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setThreadNamePrefix("quorum-bot-");
		// A pool grows past its core size only once the queue is full, so core and maximum are the same.
		executor.setCorePoolSize(properties.workThreads());
		executor.setMaxPoolSize(properties.workThreads());
		executor.setQueueCapacity(10_000);
		executor.setRejectedExecutionHandler(new ThreadPoolExecutor.CallerRunsPolicy());
		executor.setWaitForTasksToCompleteOnShutdown(true);
		executor.setAwaitTerminationSeconds(20);
		return executor;
	}

}
