package uk.opcc.quorum.scheduler;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A board or forum the office runs, as {@code config/boards.yml} or the REST API defines
 * it; both spell it as {@link BoardForm} reads it.
 *
 * @param code short code used everywhere (SGB, PAF...), upper case
 * @param name full name
 * @param publicBoard whether its agendas, papers and approved minutes are published
 * @param members chair, secretary, members and officers
 * @param cadence iCalendar RRULE in Europe/London, e.g. {@code FREQ=MONTHLY;BYDAY=2TU}
 * @param startTime local start time
 * @param duration how long a meeting lasts
 * @param location room or address; null for online only
 * @param online whether meetings have a Teams link
 * @param papersDeadlineDays working days before the meeting when papers are due
 * @param standardItems items on every agenda, in order
 * @param onHoliday where a meeting falling on a weekend or bank holiday moves
 */
public record Board(String code, String name, boolean publicBoard, List<Member> members, String cadence,
		LocalTime startTime, Duration duration, String location, boolean online, int papersDeadlineDays,
		List<String> standardItems, HolidayPolicy onHoliday) {

	public static final List<String> DEFAULT_ITEMS = List.of("Apologies", "Declarations of interest",
			"Minutes of the last meeting", "Matters arising and actions", "Any other business", "Date of next meeting");

	public enum HolidayPolicy {

		/** The next working day (the usual choice: papers stay on time). */
		NEXT_WORKING_DAY,
		/** The previous working day. */
		PREVIOUS_WORKING_DAY

	}

	public Board {
		code = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
		members = members == null ? List.of() : List.copyOf(members);
		standardItems = standardItems == null || standardItems.isEmpty() ? DEFAULT_ITEMS : List.copyOf(standardItems);
		onHoliday = onHoliday == null ? HolidayPolicy.NEXT_WORKING_DAY : onHoliday;
	}

	public Optional<Member> member(String who) {
		return members.stream().filter(m -> m.is(who)).findFirst();
	}

	public boolean isSecretary(String who) {
		return member(who).filter(m -> m.role() == Member.Role.SECRETARY).isPresent();
	}

}
