package uk.opcc.quorum.scheduler.calendar;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import uk.opcc.quorum.scheduler.Board;
import uk.opcc.quorum.scheduler.Meeting;
import uk.opcc.quorum.scheduler.Member;

/**
 * Where meetings live besides Quorum: Microsoft Graph when configured, otherwise Quorum's
 * own calendar (and iCalendar invitations people import themselves).
 */
public interface MeetingCalendar {

	/** Busy times of these people between two instants, by member id. */
	Map<String, List<Busy>> busy(List<Member> people, Instant from, Instant to);

	/**
	 * The same busy times, asked for now and answered on {@code get()}: what the caller
	 * does meanwhile overlaps the wait for a remote calendar. A calendar with nothing to
	 * wait for answers at once.
	 */
	default Supplier<Map<String, List<Busy>>> busyLater(List<Member> people, Instant from, Instant to) {
		Map<String, List<Busy>> busy = busy(people, from, to);
		return () -> busy;
	}

	/**
	 * Times in the window when all these people are free for {@code length}, best first.
	 */
	List<Slot> suggest(List<Member> people, Instant from, Instant to, Duration length);

	/**
	 * Creates or updates the meeting's calendar event; answers the event id and join link
	 * (null without Graph).
	 */
	Event publish(Meeting meeting, Board board);

	/** Cancels the meeting's event; attendees are told. */
	void cancel(Meeting meeting);

	/**
	 * Whether this calendar sends invitations itself (Graph does; otherwise Quorum sends
	 * .ics files).
	 */
	boolean sendsInvitations();

	String name();

	record Busy(String what, Instant start, Instant end) {
	}

	record Slot(Instant start, Instant end, String note) {
	}

	record Event(String id, String joinUrl) {
	}

}
