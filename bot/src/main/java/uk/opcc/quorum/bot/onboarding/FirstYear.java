package uk.opcc.quorum.bot.onboarding;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import uk.opcc.quorum.bot.card.Card;
import uk.opcc.quorum.bot.command.Caller;
import uk.opcc.quorum.scheduler.Boards;
import uk.opcc.quorum.scheduler.Meeting;
import uk.opcc.quorum.scheduler.Meetings;
import uk.opcc.quorum.scheduler.SchedulerProperties;

/**
 * A new PCC's first year: the statutory dates counted from polling day, and this office's
 * next board meetings from Meet.
 */
@Component
class FirstYear {

	/** PCCs have been chosen every four years since this May's polls. */
	private static final int A_POLLING_YEAR = 2024;

	private final OnboardingProperties properties;

	private final Meetings meetings;

	private final Boards boards;

	private final SchedulerProperties scheduler;

	private final Clock clock;

	FirstYear(OnboardingProperties properties, Meetings meetings, Boards boards, SchedulerProperties scheduler,
			Clock clock) {
		this.properties = properties;
		this.meetings = meetings;
		this.boards = boards;
		this.scheduler = scheduler;
		this.clock = clock;
	}

	/**
	 * What the card and the calendar show.
	 *
	 * @param pollingDay what the dates are counted from
	 * @param milestones the statutory dates, in date order
	 * @param meetings the office's next board meetings
	 * @param boardNames each of those meetings' board's name, by code
	 */
	record Plan(LocalDate pollingDay, List<Milestone> milestones, List<Meeting> meetings,
			Map<String, String> boardNames) {

		Plan {
			milestones = List.copyOf(milestones);
			meetings = List.copyOf(meetings);
			boardNames = Map.copyOf(boardNames);
		}

		String boardName(String code) {
			return boardNames.getOrDefault(code, code);
		}

	}

	Plan plan(Caller caller) {
		LocalDate pollingDay = properties.pollingDay() != null ? properties.pollingDay()
				: defaultPollingDay(LocalDate.now(clock.withZone(Meeting.LONDON)));
		boolean office = Onboarding.office(caller);
		List<Meeting> next = properties.meetings() == 0 ? List.of()
				: meetings.upcoming(null, 100)
					.stream()
					.filter(meeting -> office || boards.get(meeting.boardCode()).publicBoard())
					.limit(properties.meetings())
					.toList();
		Map<String, String> names = new HashMap<>();
		next.forEach(meeting -> names.put(meeting.boardCode(), boards.get(meeting.boardCode()).name()));
		return new Plan(pollingDay, milestones(pollingDay, properties.interestsWithinDays()), next, names);
	}

	Card card(Caller caller) {
		return FirstYearCard.of(plan(caller),
				scheduler.publicUrl().toString().replaceAll("/$", "") + FirstYearController.PATH);
	}

	/**
	 * The May polling day whose first year is under way today, or else the next one: a
	 * new PCC reading this in June wants the year they have just begun.
	 */
	static LocalDate defaultPollingDay(LocalDate today) {
		int year = today.getYear() - Math.floorMod(today.getYear() - A_POLLING_YEAR, 4);
		LocalDate last = pollingDay(year);
		if (!last.isAfter(today) && today.isBefore(takingOffice(last).plusYears(1))) {
			return last;
		}
		return last.isAfter(today) ? last : pollingDay(year + 4);
	}

	/** The first Thursday in May. */
	static LocalDate pollingDay(int year) {
		return LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.THURSDAY));
	}

	static LocalDate takingOffice(LocalDate pollingDay) {
		return pollingDay.plusDays(4);
	}

	/**
	 * The dates in DOMAIN's statutory year: taking office, the plan before the end of the
	 * financial year of the poll, the precept timetable of that winter (Police and Crime
	 * Panels (Precepts and Chief Constable Appointments) Regulations 2012) and the first
	 * annual report once that year is over.
	 */
	static List<Milestone> milestones(LocalDate pollingDay, int interestsWithinDays) {
		LocalDate office = takingOffice(pollingDay);
		int endYear = pollingDay.getMonthValue() >= 4 ? pollingDay.getYear() + 1 : pollingDay.getYear();
		LocalDate yearEnd = LocalDate.of(endYear, Month.MARCH, 31);
		List<Milestone> all = new ArrayList<>();
		all.add(new Milestone("polling-day", pollingDay, "Polling day",
				"PCCs are chosen every four years in May, by first past the post."));
		all.add(new Milestone("taking-office", office, "Taking office: declaration of acceptance of office",
				"A new PCC takes office on the fourth day after polling day and must make the declaration of "
						+ "acceptance of office, which includes an oath of impartiality, before acting."));
		all.add(new Milestone("register-of-interests", office.plusDays(interestsWithinDays),
				"Register of interests entered",
				"Disclosable interests, and gifts and hospitality, are recorded and published; this office's "
						+ "procedure allows " + interestsWithinDays + " days."));
		all.add(new Milestone("precept-proposed", LocalDate.of(endYear, Month.FEBRUARY, 1),
				"Proposed precept to the police and crime panel", "By 1 February."));
		all.add(new Milestone("precept-panel-report", LocalDate.of(endYear, Month.FEBRUARY, 8),
				"The panel reports on the proposed precept",
				"By 8 February; the panel may veto the precept with two-thirds of its members."));
		all.add(new Milestone("precept-revised", LocalDate.of(endYear, Month.FEBRUARY, 15),
				"Revised precept, if the panel vetoed", "By 15 February, after a veto."));
		all.add(new Milestone("precept-revised-report", LocalDate.of(endYear, Month.FEBRUARY, 22),
				"The panel reports on the revised precept", "By 22 February."));
		all.add(new Milestone("precept-issued", LocalDate.of(endYear, Month.MARCH, 1), "Precept issued",
				"By 1 March."));
		all.add(new Milestone("police-and-crime-plan", yearEnd, "Police and crime plan issued at the latest",
				"As soon as practicable after taking office and before the end of the financial year of the "
						+ "poll; the panel reviews the draft first."));
		all.add(new Milestone("annual-report", yearEnd.plusDays(1), "First annual report to the panel",
				"The first financial year in office is over: the PCC reports to the panel on the delivery of the "
						+ "plan, and the panel asks questions at a public meeting."));
		all.sort(Comparator.comparing(Milestone::date));
		return List.copyOf(all);
	}

}
