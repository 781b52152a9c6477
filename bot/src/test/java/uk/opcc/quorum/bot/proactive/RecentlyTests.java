package uk.opcc.quorum.bot.proactive;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Caffeine;
import org.junit.jupiter.api.Test;

import org.springframework.cache.caffeine.CaffeineCache;

import static org.assertj.core.api.Assertions.assertThat;

class RecentlyTests {

	private Instant now = Instant.parse("2027-01-04T09:00:00Z");

	private final Clock clock = new Clock() {

		@Override
		public Instant instant() {
			return now;
		}

		@Override
		public java.time.ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

	};

	@Test
	void sameWorkForTheSameKeyIsDueOncePerPeriod() {
		Recently recently = recently(100);

		assertThat(recently.due("user:a", "address-1")).isTrue();
		assertThat(recently.due("user:a", "address-1")).isFalse();
		assertThat(recently.due("user:b", "address-1")).isTrue();
		assertThat(recently.due("user:a", "address-2")).as("a changed value is due at once").isTrue();

		now = now.plus(Duration.ofMinutes(61));
		assertThat(recently.due("user:a", "address-2")).isTrue();
	}

	@Test
	void forgottenWorkIsDueAgain() {
		Recently recently = recently(100);
		recently.due("user:a", "x");

		recently.forget("user:a");

		assertThat(recently.due("user:a", "x")).isTrue();
	}

	@Test
	void staysWithinItsLimitByDroppingExpiredEntries() {
		Recently recently = recently(3);
		recently.due("a", "x");
		recently.due("b", "x");
		recently.due("c", "x");
		now = now.plus(Duration.ofHours(2));

		assertThat(recently.due("d", "x")).isTrue();
		now = now.plus(Duration.ofMinutes(1));
		assertThat(recently.due("d", "x")).as("d kept after the expired ones went").isFalse();
	}

	/**
	 * As the application builds it: a Caffeine cache bounded by size and by an hour on
	 * the clock.
	 */
	private Recently recently(int limit) {
		return new Recently(new CaffeineCache("recently",
				Caffeine.newBuilder()
					.maximumSize(limit)
					.expireAfterWrite(Duration.ofHours(1))
					.ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
					.executor(Runnable::run)
					.build(),
				false));
	}

}
