package uk.opcc.quorum.scheduler.calendar;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import uk.opcc.quorum.scheduler.Board;
import uk.opcc.quorum.scheduler.Meeting;
import uk.opcc.quorum.scheduler.Member;
import uk.opcc.quorum.scheduler.ContentLines;

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
		ContentLines ics = new ContentLines();
		ics.line("BEGIN:VCALENDAR");
		ics.line("VERSION:2.0");
		ics.line("PRODID:-//Quorum//OPCC governance assistant//EN");
		ics.line("CALSCALE:GREGORIAN");
		ics.line("METHOD:" + method);
		ics.line("BEGIN:VEVENT");
		ics.line("UID:" + meeting.uid());
		ics.line("SEQUENCE:" + meeting.sequence());
		ics.line("DTSTAMP:" + UTC.format(stamp));
		ics.line("DTSTART:" + UTC.format(meeting.start()));
		ics.line("DTEND:" + UTC.format(meeting.end()));
		ics.line("SUMMARY:" + ContentLines.text(board.name()));
		if (meeting.location() != null || meeting.joinUrl() != null) {
			ics.line("LOCATION:"
					+ ContentLines.text(meeting.location() != null ? meeting.location() : "Microsoft Teams"));
		}
		ics.line("DESCRIPTION:" + ContentLines.text(board.name() + " (" + board.code() + "). Papers due by "
				+ meeting.papersDeadline() + "." + (meeting.joinUrl() == null ? "" : " Join: " + meeting.joinUrl())));
		ics.line("STATUS:" + (meeting.status() == Meeting.Status.CANCELLED ? "CANCELLED" : "CONFIRMED"));
		ics.line(organizer(board, organizer, defaultOrganizer));
		// RFC 5546 forbids ATTENDEE in a PUBLISH; a CANCEL of the whole meeting names
		// everyone the REQUEST named.
		if (!"PUBLISH".equals(method)) {
			for (Member member : invited) {
				ics.line("ATTENDEE;CUTYPE=INDIVIDUAL;CN=" + param(member.name()) + ";ROLE="
						+ (member.role() == Member.Role.CHAIR ? "CHAIR" : "REQ-PARTICIPANT")
						+ ";PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:" + member.email().strip());
			}
		}
		ics.line("END:VEVENT");
		ics.line("END:VCALENDAR");
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

	/** A quoted parameter value may hold anything but a double quote or a control. */
	private static String param(String value) {
		return "\"" + value.replace("\"", "'").replaceAll("\\p{Cntrl}", " ") + "\"";
	}

	private static boolean hasText(String value) {
		return value != null && !value.isBlank();
	}

}
