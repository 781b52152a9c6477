package uk.opcc.quorum.scheduler;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock tests move by hand, so that "a meeting in the past" and "the day before" are
 * facts, not races.
 */
public class TestClock extends Clock {

	private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2027-01-04T09:00:00Z"));

	public void set(Instant instant) {
		now.set(instant);
	}

	public void set(String instant) {
		now.set(Instant.parse(instant));
	}

	public void advance(Duration duration) {
		now.updateAndGet(i -> i.plus(duration));
	}

	@Override
	public ZoneId getZone() {
		return Meeting.LONDON;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.fixed(now.get(), zone);
	}

	@Override
	public Instant instant() {
		return now.get();
	}

}
