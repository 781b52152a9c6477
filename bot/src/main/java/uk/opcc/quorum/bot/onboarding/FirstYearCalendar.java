package uk.opcc.quorum.bot.onboarding;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import uk.opcc.quorum.scheduler.Meeting;

/**
 * A new PCC's first year as an iCalendar file (RFC 5545) published with METHOD:PUBLISH
 * (RFC 5546), written as the scheduler writes invitations: statutory dates as all-day
 * events, board meetings in UTC, lines folded at 75 octets. UIDs are stable for the same
 * polling day and meeting, so downloading it again updates the same events.
 */
final class FirstYearCalendar {

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

	private static final int MAX_OCTETS = 75;

	private FirstYearCalendar() {
	}

	static String of(FirstYear.Plan plan, String organizer, Instant stamp) {
		StringBuilder ics = new StringBuilder();
		line(ics, "BEGIN:VCALENDAR");
		line(ics, "VERSION:2.0");
		line(ics, "PRODID:-//Quorum//OPCC governance assistant//EN");
		line(ics, "CALSCALE:GREGORIAN");
		line(ics, "METHOD:PUBLISH");
		for (Milestone milestone : plan.milestones()) {
			line(ics, "BEGIN:VEVENT");
			line(ics, "UID:first-year-" + plan.pollingDay().format(DATE) + "-" + milestone.key() + "@quorum");
			line(ics, "DTSTAMP:" + UTC.format(stamp));
			line(ics, "DTSTART;VALUE=DATE:" + milestone.date().format(DATE));
			line(ics, "DTEND;VALUE=DATE:" + milestone.date().plusDays(1).format(DATE));
			line(ics, "SUMMARY:" + text(milestone.title()));
			line(ics, "DESCRIPTION:" + text(milestone.detail()));
			line(ics, "TRANSP:TRANSPARENT");
			// RFC 5546 requires an ORGANIZER in every PUBLISH.
			line(ics, "ORGANIZER:mailto:" + organizer);
			line(ics, "END:VEVENT");
		}
		for (Meeting meeting : plan.meetings()) {
			line(ics, "BEGIN:VEVENT");
			line(ics, "UID:first-year-" + meeting.id() + "@quorum");
			line(ics, "DTSTAMP:" + UTC.format(stamp));
			line(ics, "DTSTART:" + UTC.format(meeting.start()));
			line(ics, "DTEND:" + UTC.format(meeting.end()));
			line(ics, "SUMMARY:" + text(plan.boardName(meeting.boardCode())));
			if (meeting.location() != null) {
				line(ics, "LOCATION:" + text(meeting.location()));
			}
			line(ics, "STATUS:" + (meeting.status() == Meeting.Status.CANCELLED ? "CANCELLED" : "CONFIRMED"));
			line(ics, "ORGANIZER:mailto:" + organizer);
			line(ics, "END:VEVENT");
		}
		line(ics, "END:VCALENDAR");
		return ics.toString();
	}

	/** RFC 5545 3.3.11: backslash, semicolon, comma and line breaks are escaped. */
	private static String text(String value) {
		return value.replace("\\", "\\\\")
			.replace(";", "\\;")
			.replace(",", "\\,")
			.replace("\r\n", "\\n")
			.replace("\n", "\\n")
			.replace("\r", "\\n");
	}

	/**
	 * Folds lines longer than 75 octets without splitting a UTF-8 character (RFC 5545
	 * 3.1).
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

}
