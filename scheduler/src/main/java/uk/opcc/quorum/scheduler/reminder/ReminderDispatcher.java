package uk.opcc.quorum.scheduler.reminder;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import uk.opcc.quorum.scheduler.Notice;
import uk.opcc.quorum.scheduler.ReminderDelivery;
import uk.opcc.quorum.scheduler.SchedulerProperties;

/**
 * Sends the reminders that are due, each claimed atomically first. A reminder that fell due while Quorum was down
 * goes once when it is back, or is dropped (and logged) when it no longer makes sense, e.g. after the meeting began.
 */
@Component
public class ReminderDispatcher {

	private static final Logger log = LoggerFactory.getLogger(ReminderDispatcher.class);

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
			store.finish(reminder, instance, Reminder.State.DROPPED, "no longer relevant when Quorum could send it");
			return;
		}
		try {
			List<Notice> notices = writer.notices(reminder);
			if (notices.isEmpty()) {
				store.finish(reminder, instance, Reminder.State.DROPPED, "nobody to tell");
				return;
			}
			long delivered = notices.stream().filter(this::deliver).count();
			store.finish(reminder, instance, Reminder.State.SENT, "delivered to " + delivered + " of " + notices.size());
		}
		catch (RuntimeException ex) {
			log.error("Reminder {} could not be prepared; it is dropped", reminder.id(), ex);
			store.finish(reminder, instance, Reminder.State.DROPPED, "failed: " + ex.getMessage());
		}
	}

	private boolean deliver(Notice notice) {
		try {
			return delivery.deliver(notice);
		}
		catch (RuntimeException ex) {
			log.warn("Could not deliver {} to {}: {}", notice.kind(), notice.recipient(), ex.getMessage());
			return false;
		}
	}

}
