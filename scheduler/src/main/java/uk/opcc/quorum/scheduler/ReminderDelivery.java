package uk.opcc.quorum.scheduler;

/**
 * Delivers the scheduler's notices to people; the Teams application implements it. The
 * scheduler decides what to send and when, and records each reminder as sent only once,
 * however many instances run.
 */
public interface ReminderDelivery {

	/** Answers whether the notice reached the person. */
	boolean deliver(Notice notice);

}
