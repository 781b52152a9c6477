package uk.opcc.quorum.scheduler.calendar;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import uk.opcc.quorum.scheduler.Board;
import uk.opcc.quorum.scheduler.Meeting;
import uk.opcc.quorum.scheduler.Member;

/**
 * An iCalendar (RFC 5545) invitation: METHOD:REQUEST while the meeting stands,
 * METHOD:CANCEL once cancelled, always with the meeting's UID and its current SEQUENCE so
 * calendars update the same event. Times are written in UTC, which every calendar
 * converts to Europe/London itself, so no time-zone definition can go stale.
 */
public final class Invitation {

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private Invitation() {
	}

	public static String of(Meeting meeting, Board board, String organizer, Instant stamp) {
		boolean cancelled = meeting.status() == Meeting.Status.CANCELLED;
		StringBuilder ics = new StringBuilder();
		line(ics, "BEGIN:VCALENDAR");
		line(ics, "VERSION:2.0");
		line(ics, "PRODID:-//Quorum//OPCC governance assistant//EN");
		line(ics, "CALSCALE:GREGORIAN");
		line(ics, "METHOD:" + (cancelled ? "CANCEL" : "REQUEST"));
		line(ics, "BEGIN:VEVENT");
		line(ics, "UID:" + meeting.uid());
		line(ics, "SEQUENCE:" + meeting.sequence());
		line(ics, "DTSTAMP:" + UTC.format(stamp));
		line(ics, "DTSTART:" + UTC.format(meeting.start()));
		line(ics, "DTEND:" + UTC.format(meeting.end()));
		line(ics, "SUMMARY:" + text(board.name()));
		if (meeting.location() != null || meeting.joinUrl() != null) {
			line(ics, "LOCATION:" + text(meeting.location() != null ? meeting.location() : "Microsoft Teams"));
		}
		line(ics, "DESCRIPTION:" + text(board.name() + " (" + board.code() + "). Papers due by "
				+ meeting.papersDeadline() + "." + (meeting.joinUrl() == null ? "" : " Join: " + meeting.joinUrl())));
		line(ics, "STATUS:" + (cancelled ? "CANCELLED" : "CONFIRMED"));
		if (organizer != null && !organizer.isBlank()) {
			line(ics, "ORGANIZER:mailto:" + organizer);
		}
		for (Member member : board.members()) {
			if (member.email() != null) {
				line(ics,
						"ATTENDEE;CN=" + param(member.name()) + ";ROLE="
								+ (member.role() == Member.Role.CHAIR ? "CHAIR" : "REQ-PARTICIPANT")
								+ ";PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:" + member.email());
			}
		}
		line(ics, "END:VEVENT");
		line(ics, "END:VCALENDAR");
		return ics.toString();
	}

	/**
	 * Folds lines longer than 75 octets, as RFC 5545 requires, without splitting a UTF-8
	 * character.
	 */
	private static void line(StringBuilder ics, String content) {
		int octets = 0;
		for (int i = 0; i < content.length(); i++) {
			char c = content.charAt(i);
			int size = c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
			if (octets + size > 74) {
				ics.append("\r\n ");
				octets = 1;
			}
			ics.append(c);
			octets += size;
		}
		ics.append("\r\n");
	}

	private static String text(String value) {
		return value.replace("\\", "\\\\")
			.replace(";", "\\;")
			.replace(",", "\\,")
			.replace("\r\n", "\\n")
			.replace("\n", "\\n");
	}

	private static String param(String value) {
		return "\"" + value.replace("\"", "'") + "\"";
	}

}
