package uk.opcc.quorum.scheduler;

/**
 * A request the scheduler refuses, with a sentence for the person who made it; nothing
 * was changed.
 */
public class SchedulingException extends RuntimeException {

	public enum Reason {

		/** No such board, meeting, item or action. */
		NOT_FOUND,
		/**
		 * The request itself is wrong (past date, end before start, unknown member...).
		 */
		INVALID,
		/**
		 * The request clashes with the current state (overlapping meeting, deadline
		 * passed, stale change).
		 */
		CONFLICT,
		/** Microsoft Graph refused or could not be reached. */
		CALENDAR_UNAVAILABLE

	}

	private final Reason reason;

	public SchedulingException(Reason reason, String message) {
		super(message);
		this.reason = reason;
	}

	public SchedulingException(Reason reason, String message, Throwable cause) {
		super(message, cause);
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}

	public static SchedulingException notFound(String message) {
		return new SchedulingException(Reason.NOT_FOUND, message);
	}

	public static SchedulingException invalid(String message) {
		return new SchedulingException(Reason.INVALID, message);
	}

	public static SchedulingException conflict(String message) {
		return new SchedulingException(Reason.CONFLICT, message);
	}

}
