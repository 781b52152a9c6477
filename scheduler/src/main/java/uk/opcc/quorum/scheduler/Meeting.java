package uk.opcc.quorum.scheduler;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One meeting of a board, from planning to published minutes.
 *
 * @param id Quorum's id
 * @param boardCode the board
 * @param start when it starts
 * @param end when it ends
 * @param location room or address; null when online only
 * @param online whether it has a Teams link
 * @param status scheduled or cancelled
 * @param papersDeadline the day papers are due
 * @param sequence iCalendar SEQUENCE: rises with every change sent to attendees
 * @param calendarEventId the Microsoft Graph event, when Graph is configured
 * @param joinUrl the Teams meeting link, when Graph made one
 * @param items the agenda, standard items first
 * @param minutes recorded minutes, null until recorded
 * @param version rises with every stored change; a change based on an older version is
 * refused
 */
@Document("scheduler_meetings")
public record Meeting(@Id String id, String boardCode, Instant start, Instant end, String location, boolean online,
		Status status, LocalDate papersDeadline, int sequence, String calendarEventId, String joinUrl,
		List<AgendaItem> items, Minutes minutes, long version) {

	public static final ZoneId LONDON = ZoneId.of("Europe/London");

	public enum Status {

		SCHEDULED, CANCELLED

	}

	public Meeting {
		items = items == null ? List.of() : List.copyOf(items);
	}

	/**
	 * The stable iCalendar UID: the same for every REQUEST and CANCEL of this meeting.
	 */
	public String uid() {
		return id + "@quorum";
	}

	public ZonedDateTime localStart() {
		return start.atZone(LONDON);
	}

	public ZonedDateTime localEnd() {
		return end.atZone(LONDON);
	}

	public Optional<AgendaItem> item(String itemId) {
		return items.stream().filter(i -> i.id().equals(itemId)).findFirst();
	}

	public Meeting withItems(List<AgendaItem> newItems) {
		return new Meeting(id, boardCode, start, end, location, online, status, papersDeadline, sequence,
				calendarEventId, joinUrl, newItems, minutes, version);
	}

	public Meeting withMinutes(Minutes newMinutes) {
		return new Meeting(id, boardCode, start, end, location, online, status, papersDeadline, sequence,
				calendarEventId, joinUrl, items, newMinutes, version);
	}

	public Meeting withCalendar(String eventId, String link) {
		return new Meeting(id, boardCode, start, end, location, online, status, papersDeadline, sequence, eventId, link,
				items, minutes, version);
	}

	/**
	 * A change attendees are told about: new times or place, or cancellation, with the
	 * next SEQUENCE.
	 */
	public Meeting rescheduled(Instant newStart, Instant newEnd, String newLocation, LocalDate newDeadline,
			Status newStatus) {
		return new Meeting(id, boardCode, newStart, newEnd, newLocation, online, newStatus, newDeadline, sequence + 1,
				calendarEventId, joinUrl, items, minutes, version);
	}

}
