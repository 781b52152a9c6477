package uk.opcc.quorum.scheduler.reminder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;

import uk.opcc.quorum.scheduler.Notice;
import uk.opcc.quorum.scheduler.ReminderDelivery;
import uk.opcc.quorum.scheduler.SchedulerProperties;

/**
 * Sends the reminders that are due, each claimed atomically first. A reminder that fell
 * due while Quorum was down goes once when it is back, or is dropped (and logged) when it
 * no longer makes sense, e.g. after the meeting began. The store being out of reach (its
 * host restarting) is not a verdict on the reminder: before delivery the claim is left to
 * time out, so that the reminder is offered again rather than dropped or marked sent
 * unsent; after delivery the outcome is retried while the claim is still this instance's,
 * so that a sent reminder is not sent again.
 */
@Component
public class ReminderDispatcher {

	private static final Logger log = LoggerFactory.getLogger(ReminderDispatcher.class);

	private static final Duration RECORD_RETRY_PAUSE = Duration.ofMillis(500);

	private final String instance = UUID.randomUUID().toString();

	private final ReminderStore store;

	private final NoticeWriter writer;

	private final ReminderDelivery delivery;

	private final SchedulerProperties.Reminders settings;

	private final Clock clock;

	public ReminderDispatcher(ReminderStore store, NoticeWriter writer, ReminderDelivery delivery,
			SchedulerProperties properties, Clock clock) {
		this.store = store;
		this.writer = writer;
		this.delivery = delivery;
		this.settings = properties.reminders();
		this.clock = clock;
	}

	/** Sends everything due now; answers how many reminders were handled. */
	public int dispatchDue() {
		int handled = 0;
		for (Reminder reminder = claim(); reminder != null; reminder = claim()) {
			handle(reminder);
			handled++;
		}
		return handled;
	}

	private Reminder claim() {
		Instant now = clock.instant();
		return store.claimNext(instance, now, now.minus(settings.claimTimeout()));
	}

	private void handle(Reminder reminder) {
		if (!reminder.relevantUntil().isAfter(clock.instant())) {
			log.info("Dropped reminder {}: it was due {} and is no longer relevant", reminder.id(), reminder.dueAt());
			record(reminder, Reminder.State.DROPPED, "no longer relevant when Quorum could send it");
			return;
		}
		List<Notice> notices;
		try {
			notices = writer.notices(reminder);
		}
		catch (RuntimeException ex) {
			rethrowIfStoreUnreachable(reminder, ex);
			log.error("Reminder {} could not be prepared; it is dropped", reminder.id(), ex);
			record(reminder, Reminder.State.DROPPED, "failed: " + ex.getMessage());
			return;
		}
		if (notices.isEmpty()) {
			record(reminder, Reminder.State.DROPPED, "nobody to tell");
			return;
		}
		long delivered = notices.stream().filter(notice -> deliver(reminder, notice)).count();
		record(reminder, Reminder.State.SENT, "delivered to " + delivered + " of " + notices.size());
	}

	private boolean deliver(Reminder reminder, Notice notice) {
		try {
			return delivery.deliver(notice);
		}
		catch (RuntimeException ex) {
			// Looking up where to send it failed with the store: nothing went out, and
			// counting it as a failed
			// delivery would mark the reminder sent. A reminder of several notices goes
			// again whole, so someone
			// already reached in it may hear it twice: a repeat rather than a silence.
			rethrowIfStoreUnreachable(reminder, ex);
			log.warn("Could not deliver {} to {}: {}", notice.kind(), notice.recipient(), ex.getMessage());
			return false;
		}
	}

	/**
	 * Records the outcome, trying again while the store is out of reach and the claim has
	 * not gone stale: once the reminder has gone, an unrecorded outcome would have it
	 * offered, and sent, again after the claim timeout. Attempts are counted as well as
	 * timed, so a clock that stands still (tests) cannot keep this going for ever.
	 */
	private void record(Reminder reminder, Reminder.State state, String outcome) {
		Instant stale = reminder.claimedAt().plus(settings.claimTimeout());
		long attempts = Math.max(1, settings.claimTimeout().dividedBy(RECORD_RETRY_PAUSE));
		for (long attempt = 1;; attempt++) {
			try {
				store.finish(reminder, instance, state, outcome);
				return;
			}
			catch (DataAccessResourceFailureException ex) {
				if (attempt >= attempts || !clock.instant().isBefore(stale)) {
					log.error("Reminder {} is {} but the store could not record it before its claim went stale; "
							+ "it may be sent again", reminder.id(), state, ex);
					throw ex;
				}
				log.warn("Reminder {} is {}; the store is out of reach, recording it again shortly: {}", reminder.id(),
						state, ex.getMessage());
				pause();
			}
		}
	}

	private static void rethrowIfStoreUnreachable(Reminder reminder, RuntimeException ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof DataAccessResourceFailureException unreachable) {
				log.warn("Reminder {} is left claimed, to be offered again after the claim timeout: the store is out "
						+ "of reach ({})", reminder.id(), unreachable.getMessage());
				throw unreachable;
			}
		}
	}

	private static void pause() {
		try {
			Thread.sleep(RECORD_RETRY_PAUSE.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while recording a reminder's outcome", ex);
		}
	}

}
