package uk.opcc.quorum.scheduler;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;

import net.fortuna.ical4j.model.Recur;

import org.springframework.stereotype.Service;

import uk.opcc.quorum.scheduler.board.BoardStore;
import uk.opcc.quorum.scheduler.calendar.MeetingCalendar;
import uk.opcc.quorum.scheduler.calendar.MeetingCalendar.Busy;
import uk.opcc.quorum.scheduler.meeting.MeetingStore;
import uk.opcc.quorum.scheduler.plan.BankHolidays;

/**
 * Proposes a board's next meetings from its cadence: on working days only, moved by the
 * board's holiday policy, with the members who are busy then. Stores nothing.
 */
@Service
public class MeetingPlanner {

	private static final int MAX_COUNT = 60;

	private final BoardStore boards;

	private final BankHolidays holidays;

	private final MeetingCalendar calendar;

	private final MeetingStore meetings;

	public MeetingPlanner(BoardStore boards, BankHolidays holidays, MeetingCalendar calendar, MeetingStore meetings) {
		this.boards = boards;
		this.holidays = holidays;
		this.calendar = calendar;
		this.meetings = meetings;
	}

	public List<ProposedMeeting> plan(String boardCode, LocalDate from, int count) {
		if (count < 1 || count > MAX_COUNT) {
			throw SchedulingException.invalid("Ask for 1 to " + MAX_COUNT + " meetings (count=" + count + ").");
		}
		Board board = boards.find(boardCode)
			.orElseThrow(() -> SchedulingException.notFound("There is no board " + boardCode + "."));
		List<ProposedMeeting> proposals = dates(board, from, count);
		if (proposals.isEmpty()) {
			return proposals;
		}
		Supplier<Map<String, List<Busy>>> asked = calendar.busyLater(board.members(),
				proposals.get(0).start().toInstant(), proposals.get(proposals.size() - 1).end().toInstant());
		// Read while the calendar is being asked.
		List<Meeting> own = meetings.ofBoard(board.code());
		Map<String, List<Busy>> busy = asked.get();
		return proposals.stream().map(p -> withClashes(p, board, busy, own)).toList();
	}

	public LocalDate papersDeadline(Board board, LocalDate meetingDay) {
		return holidays.workingDaysBefore(meetingDay, board.papersDeadlineDays());
	}

	/**
	 * The bank holidays of a year in England and Wales, with the office's extra days off
	 * (quorum.scheduler.extra-holidays), by date. A year Quorum has no table for is
	 * refused with a sentence saying which years it knows.
	 */
	public SortedMap<LocalDate, String> bankHolidays(int year) {
		SortedMap<LocalDate, String> days = new TreeMap<>();
		for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
			LocalDate date = day;
			holidays.holiday(date).ifPresent(name -> days.put(date, name));
		}
		return days;
	}

	private List<ProposedMeeting> dates(Board board, LocalDate from, int count) {
		Recur<LocalDate> recur = new Recur<>(board.cadence().strip().replaceFirst("^RRULE:", ""));
		List<ProposedMeeting> proposals = new ArrayList<>();
		LocalDate windowStart = from;
		// Expand a year at a time: a monthly cadence needs one window, a yearly one
		// several.
		for (int years = 0; proposals.size() < count && years < 10; years++, windowStart = windowStart.plusYears(1)) {
			for (LocalDate cadenceDay : recur.getDates(from, windowStart, windowStart.plusYears(1).minusDays(1))) {
				if (proposals.size() == count) {
					break;
				}
				LocalDate day = workingDay(board, cadenceDay);
				boolean repeated = !proposals.isEmpty()
						&& !day.isAfter(proposals.get(proposals.size() - 1).start().toLocalDate());
				if (!day.isBefore(from) && !repeated) {
					proposals.add(proposal(board, cadenceDay, day));
				}
			}
		}
		return proposals;
	}

	private LocalDate workingDay(Board board, LocalDate day) {
		int step = board.onHoliday() == Board.HolidayPolicy.NEXT_WORKING_DAY ? 1 : -1;
		LocalDate moved = day;
		while (!holidays.isWorkingDay(moved)) {
			moved = moved.plusDays(step);
		}
		return moved;
	}

	private ProposedMeeting proposal(Board board, LocalDate cadenceDay, LocalDate day) {
		ZonedDateTime start = ZonedDateTime.of(day, board.startTime(), Meeting.LONDON);
		String moved = day.equals(cadenceDay) ? null
				: "Moved from " + cadenceDay + " (" + holidays.closure(cadenceDay).orElse("not a working day") + ")";
		return new ProposedMeeting(board.code(), start, start.plus(board.duration()), papersDeadline(board, day), moved,
				List.of());
	}

	private static ProposedMeeting withClashes(ProposedMeeting p, Board board, Map<String, List<Busy>> busy,
			List<Meeting> own) {
		List<ProposedMeeting.Clash> clashes = new ArrayList<>();
		Instant start = p.start().toInstant();
		Instant end = p.end().toInstant();
		for (Member member : board.members()) {
			for (Busy b : busy.getOrDefault(member.id(), List.of())) {
				boolean overlaps = b.start().isBefore(end) && b.end().isAfter(start);
				// The board's own meeting at that time is not a clash with itself.
				if (overlaps && !isOwn(b, own)) {
					clashes.add(new ProposedMeeting.Clash(member.name(), b.what(), b.start().atZone(Meeting.LONDON),
							b.end().atZone(Meeting.LONDON)));
				}
			}
		}
		return new ProposedMeeting(p.boardCode(), p.start(), p.end(), p.papersDeadline(), p.moved(), clashes);
	}

	private static boolean isOwn(Busy b, List<Meeting> own) {
		return own.stream().anyMatch(m -> m.start().equals(b.start()) && m.end().equals(b.end()));
	}

	/**
	 * Other times on or near a day when every member is free, from the calendar (Graph's
	 * findMeetingTimes).
	 */
	public List<ZonedDateTime> alternatives(String boardCode, LocalDate day) {
		Board board = boards.find(boardCode)
			.orElseThrow(() -> SchedulingException.notFound("There is no board " + boardCode + "."));
		Duration length = board.duration();
		return calendar
			.suggest(board.members(), day.atStartOfDay(Meeting.LONDON).toInstant(),
					day.plusDays(5).atStartOfDay(Meeting.LONDON).toInstant(), length)
			.stream()
			.map(s -> s.start().atZone(Meeting.LONDON))
			.filter(start -> holidays.isWorkingDay(start.toLocalDate()))
			.toList();
	}

}
