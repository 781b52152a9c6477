package uk.opcc.quorum.bot.proactive;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What this instance has done lately, per key, so that work repeated on every message (storing the same
 * conversation reference, asking Teams for the same address) is done once a period instead. Bounded: past the
 * limit, entries older than the period are dropped.
 */
public final class Recently {

	private record Done(String what, Instant at) {
	}

	private final Clock clock;

	private final Duration period;

	private final int limit;

	private final Map<String, Done> done = new ConcurrentHashMap<>();

	public Recently(Clock clock, Duration period, int limit) {
		this.clock = clock;
		this.period = period;
		this.limit = limit;
	}

	/** True, and remembered as done now, unless {@code what} was done for {@code key} within the period. */
	public boolean due(String key, String what) {
		Instant now = clock.instant();
		Done last = done.get(key);
		if (last != null && Objects.equals(last.what(), what) && last.at().plus(period).isAfter(now)) {
			return false;
		}
		if (done.size() >= limit) {
			done.values().removeIf(d -> !d.at().plus(period).isAfter(now));
		}
		done.put(key, new Done(what, now));
		return true;
	}

	/** Forgets the key, so the work is done again next time (it failed). */
	public void forget(String key) {
		done.remove(key);
	}

}
