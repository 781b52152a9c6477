package uk.opcc.quorum.bot.proactive;

import java.util.Objects;

import org.springframework.cache.Cache;

/**
 * What this instance has done lately, per key, so that work repeated on every message
 * (storing the same conversation reference, asking Teams for the same address) is done
 * once a period instead. The period and the bound are the cache's.
 */
public final class Recently {

	private final Cache done;

	public Recently(Cache done) {
		this.done = Objects.requireNonNull(done, "cache");
	}

	/**
	 * True, and remembered as done now, unless {@code what} was done for {@code key}
	 * within the period.
	 */
	public boolean due(String key, String what) {
		String value = Objects.toString(what, "");
		Cache.ValueWrapper last = done.get(key);
		if (last != null && value.equals(last.get())) {
			return false;
		}
		done.put(key, value);
		return true;
	}

	/** Forgets the key, so the work is done again next time (it failed). */
	public void forget(String key) {
		done.evict(key);
	}

}
