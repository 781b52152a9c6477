package uk.opcc.quorum.scheduler.meeting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import uk.opcc.quorum.scheduler.AgendaItem;
import uk.opcc.quorum.scheduler.Board;
import uk.opcc.quorum.scheduler.Meeting;
import uk.opcc.quorum.scheduler.SchedulingException;
import uk.opcc.quorum.scheduler.plan.BankHolidays;

/** The checks every meeting change passes before anything is written. */
@Component
public class MeetingRules {

	public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

	private static final Duration LONGEST = Duration.ofHours(12);

	private final BankHolidays holidays;

	private final MeetingStore store;

	private final Clock clock;

	public MeetingRules(BankHolidays holidays, MeetingStore store, Clock clock) {
		this.holidays = holidays;
		this.store = store;
		this.clock = clock;
	}

	public record Slot(Instant start, Instant end, LocalDate papersDeadline) {
	}

	/**
	 * Checks a meeting's times; {@code existing} is the meeting being moved, null for a
	 * new one.
	 */
	public Slot slot(Board board, OffsetDateTime start, OffsetDateTime end, Meeting existing) {
		if (start == null || end == null) {
			throw SchedulingException.invalid("A meeting needs a start and an end, as ISO-8601 date-times: "
					+ "2027-03-09T10:00 in UK time, or with an offset, like 2027-03-09T10:00:00Z.");
		}
		if (!end.isAfter(start)) {
			throw SchedulingException.invalid("The meeting ends (" + end + ") before it starts (" + start + ").");
		}
		if (Duration.between(start, end).compareTo(LONGEST) > 0) {
			throw SchedulingException.invalid("A meeting of more than 12 hours is not a board meeting; check the end.");
		}
		if (!start.toInstant().isAfter(clock.instant())) {
			throw SchedulingException
				.invalid("The meeting would start in the past (" + start + "); choose a later time.");
		}
		LocalDate day = start.atZoneSameInstant(Meeting.LONDON).toLocalDate();
		holidays.closure(day).ifPresent(why -> {
			throw SchedulingException
				.invalid(day.format(DAY) + " is " + why + " in England and Wales; choose a working day.");
		});
		List<Meeting> clashing = store.overlapping(board.code(), start.toInstant(), end.toInstant(),
				existing == null ? null : existing.id());
		if (!clashing.isEmpty()) {
			Meeting other = clashing.get(0);
			throw SchedulingException.conflict(board.code() + " already meets from " + other.localStart().toLocalTime()
					+ " on " + other.localStart().toLocalDate().format(DAY) + " (meeting " + other.id()
					+ "); one board cannot hold two meetings at overlapping times.");
		}
		return new Slot(start.toInstant(), end.toInstant(),
				holidays.workingDaysBefore(day, board.papersDeadlineDays()));
	}

	public void requireOpen(Meeting meeting, String verb) {
		if (meeting.status() == Meeting.Status.CANCELLED) {
			throw SchedulingException.conflict("Meeting " + meeting.id() + " is cancelled and cannot be " + verb + ".");
		}
		if (!meeting.start().isAfter(clock.instant())) {
			throw SchedulingException
				.conflict("Meeting " + meeting.id() + " has already started and cannot be " + verb + ".");
		}
	}

	public List<AgendaItem> standardItems(Board board) {
		List<AgendaItem> items = new ArrayList<>();
		for (String title : board.standardItems()) {
			items.add(new AgendaItem("s" + (items.size() + 1), title, null, null, AgendaItem.Purpose.INFORMATION, true,
					false, false, null, null));
		}
		return items;
	}

}
