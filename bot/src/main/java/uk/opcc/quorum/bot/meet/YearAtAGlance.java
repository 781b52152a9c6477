package uk.opcc.quorum.bot.meet;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import uk.opcc.quorum.scheduler.PublicMeeting;

/**
 * A year of public meetings on a twelve-month calendar: each month a table of weeks
 * (Monday first), each day marked with the meetings on it, the papers deadlines that fall
 * on it and bank holidays, and under each month the same as a list, so a screen reader
 * and a reader on a phone get it in words.
 *
 * @param year the year
 * @param title what the calendar shows, e.g. "Police Accountability Forum"
 * @param months January to December
 * @param holidaysKnown false when Quorum has no bank holidays for the year
 * @param holidaysNote why bank holidays are missing, or null
 */
public record YearAtAGlance(int year, String title, List<MonthView> months, boolean holidaysKnown,
		String holidaysNote) {

	static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);

	/** What can happen on a day, in the order a day's list shows them. */
	public enum Kind {

		MEETING, DEADLINE, HOLIDAY

	}

	/**
	 * Something on a day.
	 *
	 * @param date the day
	 * @param kind meeting, papers deadline or bank holiday
	 * @param text what it is, in words ("PAF meeting, 14:00")
	 * @param href the meeting's page, or null
	 * @param cancelled a cancelled meeting
	 */
	public record Event(LocalDate date, Kind kind, String text, String href, boolean cancelled) {

		/** The day as the month's list shows it, e.g. "Thursday 28 January". */
		public String day() {
			return date.format(DAY);
		}

	}

	/**
	 * A day cell.
	 *
	 * @param date the day; null for a cell before the 1st or after the last day
	 * @param events what is on it
	 */
	public record DayView(LocalDate date, List<Event> events) {

		public boolean blank() {
			return date == null;
		}

		public boolean meeting() {
			return events.stream().anyMatch(e -> e.kind() == Kind.MEETING && !e.cancelled());
		}

		public boolean deadline() {
			return events.stream().anyMatch(e -> e.kind() == Kind.DEADLINE);
		}

		public boolean holiday() {
			return events.stream().anyMatch(e -> e.kind() == Kind.HOLIDAY);
		}

		public boolean weekend() {
			return date != null
					&& (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY);
		}

		/** The meeting page a day links to: its one meeting's, else none. */
		public String href() {
			List<Event> meetings = events.stream().filter(e -> e.href() != null).toList();
			return meetings.size() == 1 ? meetings.get(0).href() : null;
		}

		/**
		 * The day's events in words, for screen readers: "Good Friday; PAF meeting,
		 * 14:00".
		 */
		public String described() {
			return String.join("; ", events.stream().map(Event::text).toList());
		}

		/** The CSS classes of the cell, one per kind of event on it. */
		public String classes() {
			List<String> classes = new ArrayList<>();
			if (weekend()) {
				classes.add("weekend");
			}
			if (meeting()) {
				classes.add("meeting");
			}
			if (deadline()) {
				classes.add("deadline");
			}
			if (holiday()) {
				classes.add("holiday");
			}
			return String.join(" ", classes);
		}

	}

	/**
	 * A month.
	 *
	 * @param name e.g. "January 2027"
	 * @param id the anchor of the month, e.g. "2027-01"
	 * @param weeks rows of seven days, Monday first
	 * @param events everything in the month, by day
	 */
	public record MonthView(String name, String id, List<List<DayView>> weeks, List<Event> events) {
	}

	/**
	 * A column's header.
	 *
	 * @param name the full name, for screen readers
	 * @param shown what the header shows
	 */
	public record Weekday(String name, String shown) {
	}

	/** The weekday headers, Monday first. */
	public List<Weekday> weekdays() {
		List<Weekday> days = new ArrayList<>();
		for (DayOfWeek day : DayOfWeek.values()) {
			days.add(new Weekday(day.getDisplayName(TextStyle.FULL, Locale.UK),
					day.getDisplayName(TextStyle.SHORT, Locale.UK)));
		}
		return days;
	}

	/** How many meetings (not cancelled) the year has. */
	public long meetingCount() {
		return months.stream()
			.flatMap(m -> m.events().stream())
			.filter(e -> e.kind() == Kind.MEETING && !e.cancelled())
			.count();
	}

	/**
	 * The year's calendar: meetings, deadlines and holidays outside the year are left
	 * out, so a January meeting's deadline in December shows on December's calendar.
	 */
	static YearAtAGlance of(int year, String title, Collection<PublicMeeting> meetings, Map<LocalDate, String> holidays,
			String holidaysNote) {
		Map<LocalDate, List<Event>> byDay = new TreeMap<>();
		for (PublicMeeting meeting : meetings) {
			LocalDate day = meeting.start().toLocalDate();
			String what = meeting.boardCode() + " meeting, " + meeting.start().format(TIME)
					+ (meeting.cancelled() ? " (cancelled)" : "");
			add(byDay, year, new Event(day, Kind.MEETING, what, "/boards/" + meeting.boardCode() + "/" + meeting.id(),
					meeting.cancelled()));
			if (!meeting.cancelled() && meeting.papersDeadline() != null) {
				add(byDay, year,
						new Event(meeting.papersDeadline(), Kind.DEADLINE,
								meeting.boardCode() + " papers due (meeting "
										+ day.format(DateTimeFormatter.ofPattern("d MMMM", Locale.UK)) + ")",
								null, false));
			}
		}
		holidays.forEach(
				(day, name) -> add(byDay, year, new Event(day, Kind.HOLIDAY, "Bank holiday: " + name, null, false)));
		Comparator<Event> order = Comparator.comparing(Event::kind).thenComparing(Event::text);
		List<MonthView> months = new ArrayList<>();
		for (Month month : Month.values()) {
			YearMonth ym = YearMonth.of(year, month);
			List<List<DayView>> weeks = new ArrayList<>();
			List<DayView> week = new ArrayList<>();
			for (int blank = 1; blank < ym.atDay(1).getDayOfWeek().getValue(); blank++) {
				week.add(new DayView(null, List.of()));
			}
			List<Event> monthEvents = new ArrayList<>();
			for (int d = 1; d <= ym.lengthOfMonth(); d++) {
				LocalDate date = ym.atDay(d);
				List<Event> events = new ArrayList<>(byDay.getOrDefault(date, List.of()));
				events.sort(order);
				monthEvents.addAll(events);
				week.add(new DayView(date, List.copyOf(events)));
				if (week.size() == 7) {
					weeks.add(List.copyOf(week));
					week = new ArrayList<>();
				}
			}
			if (!week.isEmpty()) {
				while (week.size() < 7) {
					week.add(new DayView(null, List.of()));
				}
				weeks.add(List.copyOf(week));
			}
			months.add(new MonthView(month.getDisplayName(TextStyle.FULL, Locale.UK) + " " + year,
					String.format(Locale.ROOT, "%d-%02d", year, month.getValue()), List.copyOf(weeks),
					List.copyOf(monthEvents)));
		}
		return new YearAtAGlance(year, title, List.copyOf(months), holidaysNote == null, holidaysNote);
	}

	private static void add(Map<LocalDate, List<Event>> byDay, int year, Event event) {
		if (event.date().getYear() == year) {
			byDay.computeIfAbsent(event.date(), d -> new ArrayList<>()).add(event);
		}
	}

}
