package uk.opcc.quorum.bot.onboarding;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import uk.opcc.quorum.scheduler.Meeting;
import uk.opcc.quorum.scheduler.ContentLines;

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

	private FirstYearCalendar() {
	}

	static String of(FirstYear.Plan plan, String organizer, Instant stamp) {
		ContentLines ics = new ContentLines();
		ics.line("BEGIN:VCALENDAR");
		ics.line("VERSION:2.0");
		ics.line("PRODID:-//Quorum//OPCC governance assistant//EN");
		ics.line("CALSCALE:GREGORIAN");
		ics.line("METHOD:PUBLISH");
		for (Milestone milestone : plan.milestones()) {
			ics.line("BEGIN:VEVENT");
			ics.line("UID:first-year-" + plan.pollingDay().format(DATE) + "-" + milestone.key() + "@quorum");
			ics.line("DTSTAMP:" + UTC.format(stamp));
			ics.line("DTSTART;VALUE=DATE:" + milestone.date().format(DATE));
			ics.line("DTEND;VALUE=DATE:" + milestone.date().plusDays(1).format(DATE));
			ics.line("SUMMARY:" + ContentLines.text(milestone.title()));
			ics.line("DESCRIPTION:" + ContentLines.text(milestone.detail()));
			ics.line("TRANSP:TRANSPARENT");
			// RFC 5546 requires an ORGANIZER in every PUBLISH.
			ics.line("ORGANIZER:mailto:" + organizer);
			ics.line("END:VEVENT");
		}
		for (Meeting meeting : plan.meetings()) {
			ics.line("BEGIN:VEVENT");
			ics.line("UID:first-year-" + meeting.id() + "@quorum");
			ics.line("DTSTAMP:" + UTC.format(stamp));
			ics.line("DTSTART:" + UTC.format(meeting.start()));
			ics.line("DTEND:" + UTC.format(meeting.end()));
			ics.line("SUMMARY:" + ContentLines.text(plan.boardName(meeting.boardCode())));
			if (meeting.location() != null) {
				ics.line("LOCATION:" + ContentLines.text(meeting.location()));
			}
			ics.line("STATUS:" + (meeting.status() == Meeting.Status.CANCELLED ? "CANCELLED" : "CONFIRMED"));
			ics.line("ORGANIZER:mailto:" + organizer);
			ics.line("END:VEVENT");
		}
		ics.line("END:VCALENDAR");
		return ics.toString();
	}

	/** RFC 5545 3.3.11: backslash, semicolon, comma and line breaks are escaped. */

}
