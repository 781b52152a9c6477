package uk.opcc.quorum.bot.teams;

import java.util.concurrent.ThreadPoolExecutor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Threads for the work done after an activity is acknowledged. The queue is bounded: past
 * it, the request thread does the work itself, which slows acknowledgements instead of
 * letting a flood of activities fill the memory.
 */
@Configuration(proxyBeanMethods = false)
class BotWorkConfiguration {

	private static final Logger log = LoggerFactory.getLogger(BotWorkConfiguration.class);

	/**
	 * The store is a parameter so that Spring stops this pool before it closes the store:
	 * on shutdown the queued answers get up to 20 s to go out while they still can; what
	 * is left then is dropped and counted, instead of running on against a closed store.
	 */
	@Bean
	ThreadPoolTaskExecutor botWork(TeamsProperties properties, MongoTemplate store) {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor() {

			@Override
			public void destroy() {
				super.destroy();
				ThreadPoolExecutor pool = getThreadPoolExecutor();
				if (!pool.isTerminated()) {
					int dropped = pool.shutdownNow().size();
					log.warn("Quorum stopped with {} answers and typing indicators still queued; they were dropped.",
							dropped);
				}
			}

		};
		executor.setThreadNamePrefix("quorum-bot-");
		executor.setTaskDecorator(task -> () -> {
			try {
				task.run();
			}
			catch (RuntimeException ex) {
				WorkFailures.report(ex);
			}
		});
		// A pool grows past its core size only once the queue is full, so core and
		// maximum are the same.
		executor.setCorePoolSize(properties.workThreads());
		executor.setMaxPoolSize(properties.workThreads());
		executor.setQueueCapacity(10_000);
		executor.setRejectedExecutionHandler(new ThreadPoolExecutor.CallerRunsPolicy());
		executor.setWaitForTasksToCompleteOnShutdown(true);
		executor.setAwaitTerminationSeconds(20);
		return executor;
	}

}
