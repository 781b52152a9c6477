package uk.opcc.quorum.scheduler;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An action agreed at a meeting, chased until closed.
 *
 * @param id Quorum's id
 * @param boardCode the board
 * @param meetingId the meeting that agreed it
 * @param description what is to be done
 * @param owner a board member's id
 * @param due when
 * @param status open or closed
 * @param closedBy who closed it
 * @param closedAt when
 * @param note the closing note
 */
@Document("scheduler_actions")
public record ActionItem(@Id String id, String boardCode, String meetingId, String description, String owner,
		LocalDate due, Status status, String closedBy, Instant closedAt, String note) {

	public enum Status {

		OPEN, CLOSED

	}

	public boolean overdue(LocalDate today) {
		return status == Status.OPEN && due.isBefore(today);
	}

	public ActionItem close(String by, Instant at, String closingNote) {
		return new ActionItem(id, boardCode, meetingId, description, owner, due, Status.CLOSED, by, at, closingNote);
	}

}
