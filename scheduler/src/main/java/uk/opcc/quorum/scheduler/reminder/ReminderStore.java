package uk.opcc.quorum.scheduler.reminder;

import java.time.Instant;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Reminders in MongoDB ({@code scheduler_reminders}). Sending starts with an atomic
 * claim, so two Quorum instances on one database never send the same reminder twice.
 */
@Component
public class ReminderStore {

	private final MongoTemplate mongo;

	public ReminderStore(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** Stores the reminder unless one with its id exists; answers whether it was new. */
	public boolean add(Reminder reminder) {
		try {
			mongo.insert(reminder);
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	/**
	 * Claims the earliest due reminder (or one whose claimant vanished before
	 * {@code staleBefore}).
	 */
	public Reminder claimNext(String instance, Instant now, Instant staleBefore) {
		Criteria due = new Criteria().orOperator(where("state").is(Reminder.State.PENDING).and("dueAt").lte(now),
				where("state").is(Reminder.State.CLAIMED).and("claimedAt").lt(staleBefore));
		return mongo.findAndModify(Query.query(due).with(Sort.by("dueAt")),
				new Update().set("state", Reminder.State.CLAIMED).set("claimedBy", instance).set("claimedAt", now),
				FindAndModifyOptions.options().returnNew(true), Reminder.class);
	}

	/** Records the outcome, if this instance still holds the claim. */
	public void finish(Reminder reminder, String instance, Reminder.State state, String outcome) {
		mongo.updateFirst(Query.query(
				where("_id").is(reminder.id()).and("claimedBy").is(instance).and("state").is(Reminder.State.CLAIMED)),
				new Update().set("state", state).set("outcome", outcome), Reminder.class);
	}

	/**
	 * Removes a meeting's reminders that have not gone yet (the meeting moved or was
	 * cancelled).
	 */
	public void dropPending(String meetingId) {
		mongo.remove(Query.query(where("meetingId").is(meetingId).and("state").is(Reminder.State.PENDING)),
				Reminder.class);
	}

	public List<Reminder> ofMeeting(String meetingId) {
		return mongo.find(Query.query(where("meetingId").is(meetingId)).with(Sort.by("dueAt")), Reminder.class);
	}

	public List<Reminder> all() {
		return mongo.findAll(Reminder.class);
	}

}
