package uk.opcc.quorum.bot.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.cache.caffeine.CaffeineCache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every cache is bounded by size and by time, and only the named caches exist. */
class CacheConfigurationTests {

	private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2027-01-04T09:00:00Z"));

	private final Clock clock = new Clock() {

		@Override
		public Instant instant() {
			return now.get();
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

	};

	@Test
	void dropsEntriesPastItsSize() {
		Cache groups = caches(Map.of(CacheProperties.GROUPS_OF_USER, "maximumSize=2,expireAfterWrite=10m"))
			.getCache(CacheProperties.GROUPS_OF_USER);

		for (int user = 0; user < 50; user++) {
			groups.put("user-" + user, "groups");
		}
		com.github.benmanes.caffeine.cache.Cache<Object, Object> store = ((CaffeineCache) groups).getNativeCache();
		store.cleanUp();

		assertThat(store.estimatedSize()).isEqualTo(2);
	}

	@Test
	void forgetsEntriesPastTheirTimeOnTheApplicationClock() {
		Cache groups = caches(Map.of()).getCache(CacheProperties.GROUPS_OF_USER);
		groups.put("user-1", "groups");

		now.set(now.get().plus(Duration.ofMinutes(9)));
		assertThat(groups.get("user-1")).isNotNull();
		now.set(now.get().plus(Duration.ofMinutes(2)));
		assertThat(groups.get("user-1")).as("the default is ten minutes").isNull();
	}

	@Test
	void knowsOnlyItsOwnCaches() {
		CacheManager caches = caches(Map.of());

		assertThat(caches.getCacheNames()).containsExactlyInAnyOrder(CacheProperties.GROUPS_OF_USER,
				CacheProperties.MEMBERS_OF_GROUP, CacheProperties.ADDRESS_LOOKUPS, CacheProperties.STORED_REFERENCES);
		assertThat(caches.getCache("anything-else")).isNull();
	}

	@Test
	void refusesACacheWithoutBounds() {
		assertThatThrownBy(() -> new CacheProperties(Map.of(CacheProperties.ADDRESS_LOOKUPS, "expireAfterWrite=1h")))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("quorum.cache.specs.teams-address-lookups");
	}

	private CacheManager caches(Map<String, String> specs) {
		CacheManager manager = new CacheConfiguration().cacheManager(new CacheProperties(specs), clock);
		if (manager instanceof org.springframework.beans.factory.InitializingBean bean) {
			try {
				bean.afterPropertiesSet();
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}
		return manager;
	}

}
