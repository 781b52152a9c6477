package uk.opcc.quorum.scheduler.reminder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import org.springframework.stereotype.Component;

import uk.opcc.quorum.scheduler.Board;
import uk.opcc.quorum.scheduler.Meeting;
import uk.opcc.quorum.scheduler.Notice.Kind;
import uk.opcc.quorum.scheduler.SchedulerProperties;
import uk.opcc.quorum.scheduler.plan.BankHolidays;

/** Works out a meeting's reminders when it is scheduled, moved or cancelled. */
@Component
public class ReminderPlanner {

	private final ReminderStore store;

	private final BankHolidays holidays;

	private final SchedulerProperties.Reminders settings;

	private final Clock clock;

	public ReminderPlanner(ReminderStore store, BankHolidays holidays, SchedulerProperties properties, Clock clock) {
		this.store = store;
		this.holidays = holidays;
		this.settings = properties.reminders();
		this.clock = clock;
	}

	public void planFor(Meeting meeting, Board board, boolean calendarInvites) {
		Instant start = meeting.start();
		if (!calendarInvites) {
			add(meeting, Kind.INVITATION, clock.instant(), start);
		}
		LocalDate deadline = meeting.papersDeadline();
		add(meeting, Kind.PAPERS_CHASER, morning(holidays.workingDaysBefore(deadline, settings.chaseWorkingDays())),
				deadline.plusDays(1).atStartOfDay(Meeting.LONDON).toInstant());
		add(meeting, Kind.AGENDA_ISSUED, morning(holidays.workingDaysAfter(deadline, 1)), start);
		add(meeting, Kind.DAY_BEFORE, start.minus(Duration.ofDays(1)), start);
		add(meeting, Kind.HOUR_BEFORE, start.minus(Duration.ofHours(1)), start);
	}

	public void replanFor(Meeting meeting, Board board, boolean calendarInvites) {
		store.dropPending(meeting.id());
		planFor(meeting, board, calendarInvites);
	}

	public void cancelFor(Meeting meeting, boolean calendarInvites) {
		store.dropPending(meeting.id());
		if (!calendarInvites) {
			add(meeting, Kind.CANCELLATION, clock.instant(), meeting.start());
		}
	}

	private void add(Meeting meeting, Kind kind, Instant due, Instant relevantUntil) {
		Instant now = clock.instant();
		if (!relevantUntil.isAfter(now)) {
			return;
		}
		// The sequence keeps a moved meeting's reminders apart from those already sent
		// for its old time.
		String id = meeting.id() + ":" + kind + ":" + meeting.sequence();
		store.add(Reminder.pending(id, kind, meeting.id(), null, due.isBefore(now) ? now : due, relevantUntil));
	}

	private Instant morning(LocalDate day) {
		return day.atTime(LocalTime.of(settings.sendHour(), 0)).atZone(Meeting.LONDON).toInstant();
	}

}
