package uk.opcc.quorum.scheduler.calendar;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import uk.opcc.quorum.scheduler.Board;
import uk.opcc.quorum.scheduler.Meeting;
import uk.opcc.quorum.scheduler.Member;

/**
 * A meeting as an iCalendar object (RFC 5545) carrying an iTIP message (RFC 5546):
 * METHOD:REQUEST while the meeting stands, METHOD:CANCEL once cancelled, always with the
 * meeting's UID and its stored SEQUENCE so calendars update the same event. A board with
 * nobody to invite (no member has an e-mail) gets METHOD:PUBLISH, because a REQUEST needs
 * at least one ATTENDEE and a PUBLISH may have none. Times are written in UTC, which
 * every calendar converts to Europe/London itself, so no time-zone definition can go
 * stale.
 */
public final class Invitation {

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	/** RFC 5545 3.1: content lines longer than this are folded. */
	private static final int MAX_OCTETS = 75;

	private Invitation() {
	}

	/**
	 * The meeting's calendar object as of {@code stamp}.
	 * @param organizer the configured organiser mailbox; may be null
	 * @param defaultOrganizer the ORGANIZER when neither {@code organizer} is set nor the
	 * board has a secretary with an e-mail
	 */
	public static String of(Meeting meeting, Board board, String organizer, String defaultOrganizer, Instant stamp) {
		List<Member> invited = board.members().stream().filter(m -> hasText(m.email())).toList();
		String method = method(meeting, invited);
		StringBuilder ics = new StringBuilder();
		line(ics, "BEGIN:VCALENDAR");
		line(ics, "VERSION:2.0");
		line(ics, "PRODID:-//Quorum//OPCC governance assistant//EN");
		line(ics, "CALSCALE:GREGORIAN");
		line(ics, "METHOD:" + method);
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
		line(ics, "STATUS:" + (meeting.status() == Meeting.Status.CANCELLED ? "CANCELLED" : "CONFIRMED"));
		line(ics, organizer(board, organizer, defaultOrganizer));
		// RFC 5546 forbids ATTENDEE in a PUBLISH; a CANCEL of the whole meeting names
		// everyone the REQUEST named.
		if (!"PUBLISH".equals(method)) {
			for (Member member : invited) {
				line(ics,
						"ATTENDEE;CUTYPE=INDIVIDUAL;CN=" + param(member.name()) + ";ROLE="
								+ (member.role() == Member.Role.CHAIR ? "CHAIR" : "REQ-PARTICIPANT")
								+ ";PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:" + member.email().strip());
			}
		}
		line(ics, "END:VEVENT");
		line(ics, "END:VCALENDAR");
		return ics.toString();
	}

	private static String method(Meeting meeting, List<Member> invited) {
		if (meeting.status() == Meeting.Status.CANCELLED) {
			return "CANCEL";
		}
		return invited.isEmpty() ? "PUBLISH" : "REQUEST";
	}

	/**
	 * Replies go to the ORGANIZER, so it is the mailbox the office configured, else the
	 * board's secretary, who runs its meetings; iTIP requires one in every message.
	 */
	private static String organizer(Board board, String configured, String fallback) {
		if (hasText(configured)) {
			return "ORGANIZER:mailto:" + configured.strip();
		}
		Optional<Member> secretary = board.members()
			.stream()
			.filter(m -> m.role() == Member.Role.SECRETARY && hasText(m.email()))
			.findFirst();
		if (secretary.isPresent()) {
			return "ORGANIZER;CN=" + param(secretary.get().name()) + ":mailto:" + secretary.get().email().strip();
		}
		return "ORGANIZER:mailto:" + fallback.strip();
	}

	/**
	 * Folds lines longer than 75 octets, as RFC 5545 requires, without splitting a UTF-8
	 * character (nor the two halves of one outside the Basic Multilingual Plane).
	 */
	private static void line(StringBuilder ics, String content) {
		int octets = 0;
		for (int i = 0; i < content.length();) {
			int codePoint = content.codePointAt(i);
			int size = codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
			if (octets + size > MAX_OCTETS) {
				ics.append("\r\n ");
				octets = 1;
			}
			ics.appendCodePoint(codePoint);
			octets += size;
			i += Character.charCount(codePoint);
		}
		ics.append("\r\n");
	}

	private static String text(String value) {
		return value.replace("\\", "\\\\")
			.replace(";", "\\;")
			.replace(",", "\\,")
			.replace("\r\n", "\\n")
			.replace("\n", "\\n")
			.replace("\r", "\\n")
			.replaceAll("[\\p{Cntrl}&&[^\t]]", " ");
	}

	/** A quoted parameter value may hold anything but a double quote or a control. */
	private static String param(String value) {
		return "\"" + value.replace("\"", "'").replaceAll("\\p{Cntrl}", " ") + "\"";
	}

	private static boolean hasText(String value) {
		return value != null && !value.isBlank();
	}

}
