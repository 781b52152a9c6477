package uk.opcc.quorum.scheduler.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import uk.opcc.quorum.scheduler.Board;
import uk.opcc.quorum.scheduler.Meeting;
import uk.opcc.quorum.scheduler.Member;
import uk.opcc.quorum.scheduler.board.BoardStore;
import uk.opcc.quorum.scheduler.meeting.MeetingStore;

/**
 * Quorum's own calendar: without Graph, the only busy times Quorum knows are the meetings
 * it schedules itself, so a member of two boards is busy at the other board's meetings.
 */
public class OwnCalendar implements MeetingCalendar {

	private static final LocalTime DAY_START = LocalTime.of(9, 0);

	private static final LocalTime DAY_END = LocalTime.of(17, 0);

	private final MeetingStore meetings;

	private final BoardStore boards;

	public OwnCalendar(MeetingStore meetings, BoardStore boards) {
		this.meetings = meetings;
		this.boards = boards;
	}

	@Override
	public Map<String, List<Busy>> busy(List<Member> people, Instant from, Instant to) {
		Map<String, Board> boardsByCode = new HashMap<>();
		Map<String, List<Busy>> busy = new HashMap<>();
		for (Meeting meeting : meetings.scheduledBetween(from, to)) {
			Board board = boardsByCode.computeIfAbsent(meeting.boardCode(), code -> boards.find(code).orElse(null));
			if (board == null) {
				continue;
			}
			for (Member person : people) {
				if (board.member(person.id()).isPresent()
						|| (person.email() != null && board.member(person.email()).isPresent())) {
					busy.computeIfAbsent(person.id(), k -> new ArrayList<>())
						.add(new Busy(board.code() + " meeting", meeting.start(), meeting.end()));
				}
			}
		}
		return busy;
	}

	@Override
	public List<Slot> suggest(List<Member> people, Instant from, Instant to, Duration length) {
		Map<String, List<Busy>> busy = busy(people, from, to);
		List<Slot> slots = new ArrayList<>();
		ZonedDateTime day = from.atZone(Meeting.LONDON).toLocalDate().atStartOfDay(Meeting.LONDON);
		for (; day.toInstant().isBefore(to) && slots.size() < 5; day = day.plusDays(1)) {
			for (ZonedDateTime start = day.with(DAY_START); !start.toLocalTime().plus(length).isAfter(DAY_END)
					&& slots.size() < 5; start = start.plusMinutes(30)) {
				Instant s = start.toInstant();
				Instant e = s.plus(length);
				if (!s.isBefore(from) && !e.isAfter(to) && free(busy, s, e)) {
					slots.add(new Slot(s, e, "no Quorum meeting of any member"));
				}
			}
		}
		return slots;
	}

	private static boolean free(Map<String, List<Busy>> busy, Instant start, Instant end) {
		return busy.values()
			.stream()
			.flatMap(List::stream)
			.noneMatch(b -> b.start().isBefore(end) && b.end().isAfter(start));
	}

	@Override
	public Event publish(Meeting meeting, Board board) {
		return new Event(null, null);
	}

	@Override
	public void cancel(Meeting meeting) {
		// Attendees learn of it from the CANCEL invitation Quorum sends.
	}

	@Override
	public boolean sendsInvitations() {
		return false;
	}

	@Override
	public String name() {
		return "Quorum's own calendar";
	}

}
