package uk.opcc.quorum.bot.teams;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * How many acknowledged activities may wait for their answer at once. Acknowledging an
 * activity costs far less than answering it, so under a flood the work pool's queue would
 * otherwise grow for as long as the flood lasts (thousands of answers, each later than
 * the last) while the acknowledgements took the processor from the answers. Past the
 * limit, a request waits for an answer to go out before it is acknowledged, first come
 * first served: acknowledgements slow to the pace of the answers and the queue stays
 * short. The wait is bounded so that Teams, which retries what it has not had answered
 * within 15 s, is never kept that long: after {@link #MAX_WAIT} the answer is queued
 * anyway, and the pool's own bounded queue (past which the request thread answers itself)
 * still holds the memory.
 */
final class PendingAnswers {

	/** The longest a request waits for room before its answer is queued regardless. */
	static final Duration MAX_WAIT = Duration.ofSeconds(5);

	private final Semaphore room;

	private final Duration maxWait;

	PendingAnswers(int limit) {
		this(limit, MAX_WAIT);
	}

	PendingAnswers(int limit, Duration maxWait) {
		if (limit < 1) {
			throw new IllegalArgumentException("At least one answer must be allowed to wait, not " + limit + ".");
		}
		this.room = new Semaphore(limit, true);
		this.maxWait = maxWait;
	}

	/**
	 * Waits for room for one more answer, at most {@link #MAX_WAIT}; the answer returned
	 * must be {@linkplain Ticket#close() closed} once it is sent (or given up).
	 */
	Ticket take() {
		boolean taken;
		try {
			taken = room.tryAcquire(maxWait.toNanos(), TimeUnit.NANOSECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			taken = false;
		}
		return new Ticket(taken);
	}

	/** Answers that may still be taken on without waiting. */
	int room() {
		return room.availablePermits();
	}

	/** One answer's place; closing it twice frees it once. */
	final class Ticket implements AutoCloseable {

		private boolean held;

		private Ticket(boolean held) {
			this.held = held;
		}

		@Override
		public synchronized void close() {
			if (held) {
				held = false;
				room.release();
			}
		}

	}

}
