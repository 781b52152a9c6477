package uk.opcc.quorum.bot.system;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every cache Quorum keeps, from {@link CacheProperties}, and no others: asking for an
 * unknown cache finds none. Entries age by the application's clock, so time is the same
 * for caches as for everything else.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
class CacheConfiguration {

	@Bean
	CacheManager cacheManager(CacheProperties properties, Clock clock) {
		CaffeineCacheManager manager = new CaffeineCacheManager();
		manager.setAllowNullValues(false);
		manager.setCacheNames(List.of());
		properties.specs()
			.forEach((name, spec) -> manager.registerCustomCache(name,
					Caffeine.from(spec).ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis())).build()));
		return manager;
	}

}
