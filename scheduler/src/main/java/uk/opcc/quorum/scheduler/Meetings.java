package uk.opcc.quorum.scheduler;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

import uk.opcc.quorum.scheduler.board.BoardStore;
import uk.opcc.quorum.scheduler.calendar.MeetingCalendar;
import uk.opcc.quorum.scheduler.meeting.MeetingRules;
import uk.opcc.quorum.scheduler.meeting.MeetingStore;
import uk.opcc.quorum.scheduler.reminder.ReminderPlanner;

/**
 * Schedules, moves and cancels board meetings, keeping the calendar (Graph or Quorum's
 * own with iCalendar invitations) and the reminders in step. Everything is checked before
 * the first write.
 */
@Service
public class Meetings {

	private static final Logger log = LoggerFactory.getLogger(Meetings.class);

	private final BoardStore boards;

	private final MeetingStore store;

	private final MeetingRules rules;

	private final MeetingCalendar calendar;

	private final ReminderPlanner reminders;

	private final Clock clock;

	public Meetings(BoardStore boards, MeetingStore store, MeetingRules rules, MeetingCalendar calendar,
			ReminderPlanner reminders, Clock clock) {
		this.boards = boards;
		this.store = store;
		this.rules = rules;
		this.calendar = calendar;
		this.reminders = reminders;
		this.clock = clock;
	}

	public Meeting schedule(MeetingRequest request) {
		Board board = board(request.boardCode());
		MeetingRules.Slot slot = rules.slot(board, request.start(), request.end(), null);
		String location = request.location() == null || request.location().isBlank() ? board.location()
				: request.location().strip();
		boolean online = request.online() == null ? board.online() : request.online();
		Meeting meeting = new Meeting(UUID.randomUUID().toString(), board.code(), slot.start(), slot.end(), location,
				online, Meeting.Status.SCHEDULED, slot.papersDeadline(), 0, null, null, rules.standardItems(board),
				null, 0);
		MeetingCalendar.Event event = calendar.publish(meeting, board);
		meeting = meeting.withCalendar(event.id(), event.joinUrl());
		try {
			store.insert(meeting);
		}
		catch (RuntimeException ex) {
			// The calendar event would otherwise invite people to a meeting Quorum does
			// not know.
			cancelQuietly(meeting);
			throw ex;
		}
		reminders.planFor(meeting, board, calendar.sendsInvitations());
		log.info("Scheduled {} meeting {} at {}", board.code(), meeting.id(), meeting.localStart());
		return meeting;
	}

	public Meeting reschedule(String id, MeetingRequest change) {
		Meeting meeting = get(id);
		Board board = board(meeting.boardCode());
		rules.requireOpen(meeting, "moved");
		OffsetDateTime start = change.start() == null ? meeting.localStart().toOffsetDateTime() : change.start();
		OffsetDateTime end = change.end() != null ? change.end()
				: start.plus(Duration.between(meeting.start(), meeting.end()));
		MeetingRules.Slot slot = rules.slot(board, start, end, meeting);
		String location = change.location() == null ? meeting.location() : change.location().strip();
		if (slot.start().equals(meeting.start()) && slot.end().equals(meeting.end())
				&& Objects.equals(location, meeting.location())
				&& slot.papersDeadline().equals(meeting.papersDeadline())) {
			// Attendees would see nothing new, yet a higher SEQUENCE would make
			// calendars treat it as an update and Quorum send the invitation again.
			return meeting;
		}
		Meeting moved = meeting.rescheduled(slot.start(), slot.end(), location, slot.papersDeadline(),
				Meeting.Status.SCHEDULED);
		MeetingCalendar.Event event = calendar.publish(moved, board);
		Meeting stored = store.update(moved.withCalendar(event.id(), event.joinUrl()));
		reminders.replanFor(stored, board, calendar.sendsInvitations());
		log.info("Moved {} meeting {} to {}", board.code(), id, stored.localStart());
		return stored;
	}

	public Meeting cancel(String id) {
		Meeting meeting = get(id);
		rules.requireOpen(meeting, "cancelled");
		Meeting cancelled = meeting.rescheduled(meeting.start(), meeting.end(), meeting.location(),
				meeting.papersDeadline(), Meeting.Status.CANCELLED);
		calendar.cancel(meeting);
		Meeting stored = store.update(cancelled);
		reminders.cancelFor(stored, calendar.sendsInvitations());
		return stored;
	}

	public Meeting get(String id) {
		return store.find(id).orElseThrow(() -> SchedulingException.notFound("There is no meeting " + id + "."));
	}

	/** The next scheduled meetings, of one board or (boardCode null) of all. */
	public List<Meeting> upcoming(String boardCode, int count) {
		if (boardCode != null) {
			board(boardCode);
		}
		return store.from(boardCode == null ? null : boardCode.strip().toUpperCase(java.util.Locale.ROOT),
				clock.instant(), Math.max(1, Math.min(count, 100)));
	}

	/** The meeting a board is working towards: the next one, or the one in progress. */
	public Meeting current(String boardCode) {
		Board board = board(boardCode);
		List<Meeting> next = store.from(board.code(), clock.instant().minus(Duration.ofHours(12)), 1);
		if (next.isEmpty()) {
			throw SchedulingException.notFound("No " + board.code() + " meeting is scheduled.");
		}
		return next.get(0);
	}

	/**
	 * The latest meeting of a board that has started: the one whose minutes are being
	 * written.
	 */
	public Meeting latestHeld(String boardCode) {
		Board board = board(boardCode);
		return store.latestBefore(board.code(), clock.instant())
			.orElseThrow(() -> SchedulingException.notFound("No " + board.code() + " meeting has been held yet."));
	}

	/** A board's meetings already started, latest first, cancelled ones included. */
	public List<Meeting> held(String boardCode, int count) {
		Board board = board(boardCode);
		return store.ofBoard(board.code())
			.stream()
			.filter(m -> m.start().isBefore(clock.instant()))
			.sorted(java.util.Comparator.comparing(Meeting::start).reversed())
			.limit(Math.max(1, Math.min(count, 100)))
			.toList();
	}

	public LocalDate today() {
		return LocalDate.now(clock.withZone(Meeting.LONDON));
	}

	Board board(String code) {
		if (code == null || code.isBlank()) {
			throw SchedulingException.invalid("Say which board (e.g. SGB).");
		}
		return boards.find(code)
			.orElseThrow(() -> SchedulingException.notFound("There is no board " + code.strip() + ". Boards: "
					+ String.join(", ", boards.all().stream().map(Board::code).toList()) + "."));
	}

	private void cancelQuietly(Meeting meeting) {
		try {
			calendar.cancel(meeting);
		}
		catch (RuntimeException ex) {
			log.error("Could not withdraw calendar event {} after a failed save", meeting.calendarEventId(), ex);
		}
	}

}
