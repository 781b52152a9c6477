package uk.opcc.quorum.bot.meet;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/** The time as the Meet tests set it: meetings need a working day ahead, and minutes a meeting that has begun. */
class MeetClock extends Clock {

	private final AtomicReference<Instant> now = new AtomicReference<>();

	MeetClock(String start) {
		set(start);
	}

	void set(String instant) {
		now.set(Instant.parse(instant));
	}

	@Override
	public ZoneId getZone() {
		return ZoneId.of("Europe/London");
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
