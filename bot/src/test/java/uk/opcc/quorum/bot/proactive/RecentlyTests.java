package uk.opcc.quorum.bot.proactive;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

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
		Recently recently = new Recently(clock, Duration.ofHours(1), 100);

		assertThat(recently.due("user:a", "address-1")).isTrue();
		assertThat(recently.due("user:a", "address-1")).isFalse();
		assertThat(recently.due("user:b", "address-1")).isTrue();
		assertThat(recently.due("user:a", "address-2")).as("a changed value is due at once").isTrue();

		now = now.plus(Duration.ofMinutes(61));
		assertThat(recently.due("user:a", "address-2")).isTrue();
	}

	@Test
	void forgottenWorkIsDueAgain() {
		Recently recently = new Recently(clock, Duration.ofHours(1), 100);
		recently.due("user:a", "x");

		recently.forget("user:a");

		assertThat(recently.due("user:a", "x")).isTrue();
	}

	@Test
	void staysWithinItsLimitByDroppingExpiredEntries() {
		Recently recently = new Recently(clock, Duration.ofHours(1), 3);
		recently.due("a", "x");
		recently.due("b", "x");
		recently.due("c", "x");
		now = now.plus(Duration.ofHours(2));

		assertThat(recently.due("d", "x")).isTrue();
		now = now.plus(Duration.ofMinutes(1));
		assertThat(recently.due("d", "x")).as("d kept after the expired ones went").isFalse();
	}

}
