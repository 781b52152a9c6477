package uk.opcc.quorum.scheduler.reminder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.TreeSet;

import org.springframework.stereotype.Component;

import uk.opcc.quorum.scheduler.ActionItem;
import uk.opcc.quorum.scheduler.ActionQuery;
import uk.opcc.quorum.scheduler.Meeting;
import uk.opcc.quorum.scheduler.Notice;
import uk.opcc.quorum.scheduler.meeting.ActionStore;

/**
 * Queues the weekly digest of open and overdue actions, one per owner per ISO week,
 * whichever instance runs it.
 */
@Component
public class ActionDigest {

	private final ActionStore actions;

	private final ReminderStore store;

	private final Clock clock;

	public ActionDigest(ActionStore actions, ReminderStore store, Clock clock) {
		this.actions = actions;
		this.store = store;
		this.clock = clock;
	}

	/**
	 * Answers how many digests were queued now (0 when another instance queued this
	 * week's already).
	 */
	public int queue() {
		Instant now = clock.instant();
		LocalDate today = LocalDate.ofInstant(now, Meeting.LONDON);
		String week = today.get(IsoFields.WEEK_BASED_YEAR) + "-W" + today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
		TreeSet<String> owners = new TreeSet<>();
		actions.find(new ActionQuery(null, null, null, ActionItem.Status.OPEN)).forEach(a -> owners.add(a.owner()));
		int queued = 0;
		for (String owner : owners) {
			if (store.add(Reminder.pending("digest:" + week + ":" + owner, Notice.Kind.ACTION_DIGEST, null, owner, now,
					now.plus(Duration.ofDays(6))))) {
				queued++;
			}
		}
		return queued;
	}

}
