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
	ThreadPoolTaskExecutor botWork() {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setThreadNamePrefix("quorum-bot-");
		executor.setCorePoolSize(4);
		executor.setMaxPoolSize(8);
		executor.setQueueCapacity(10_000);
		executor.setRejectedExecutionHandler(new ThreadPoolExecutor.CallerRunsPolicy());
		executor.setWaitForTasksToCompleteOnShutdown(true);
		executor.setAwaitTerminationSeconds(20);
		return executor;
	}

}
