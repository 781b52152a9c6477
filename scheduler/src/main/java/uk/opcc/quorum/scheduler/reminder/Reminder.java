package uk.opcc.quorum.scheduler.reminder;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import uk.opcc.quorum.scheduler.Notice;

/**
 * A reminder waiting to go, or gone. Its id is derived from what it is for, so planning
 * it twice stores it once.
 *
 * @param id meeting id, kind and sequence; or the digest's week and owner
 * @param kind what it is
 * @param meetingId the meeting, null for a digest
 * @param recipient one person, or null for everyone the kind concerns (resolved when
 * sent)
 * @param dueAt when it should go
 * @param relevantUntil after this it is dropped rather than sent late
 * @param state where it is
 * @param claimedBy the instance sending it
 * @param claimedAt when that instance claimed it
 * @param outcome what happened, for people looking into a missing reminder
 */
@Document("scheduler_reminders")
public record Reminder(@Id String id, Notice.Kind kind, String meetingId, String recipient, Instant dueAt,
		Instant relevantUntil, State state, String claimedBy, Instant claimedAt, String outcome) {

	public enum State {

		PENDING, CLAIMED, SENT, DROPPED

	}

	static Reminder pending(String id, Notice.Kind kind, String meetingId, String recipient, Instant dueAt,
			Instant relevantUntil) {
		return new Reminder(id, kind, meetingId, recipient, dueAt, relevantUntil, State.PENDING, null, null, null);
	}

}
