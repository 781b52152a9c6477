package uk.opcc.quorum.scheduler.board;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import net.fortuna.ical4j.model.Recur;

import uk.opcc.quorum.scheduler.Board;
import uk.opcc.quorum.scheduler.Member;
import uk.opcc.quorum.scheduler.SchedulingException;

/**
 * What makes a board definition usable, checked the same way for boards.yml and the REST
 * API.
 */
public final class BoardRules {

	private BoardRules() {
	}

	public static Board check(Board board) {
		String which = board.code().isEmpty() ? "A board" : "Board " + board.code();
		require(board.code().matches("[A-Z0-9][A-Z0-9-]{1,11}"),
				which + ": the code must be 2 to 12 letters, digits or hyphens (e.g. SGB).");
		require(board.name() != null && !board.name().isBlank(), which + ": a name is needed.");
		require(board.startTime() != null, which + ": a start time is needed (e.g. 10:00).");
		require(board.duration() != null && !board.duration().isNegative()
				&& board.duration().compareTo(Duration.ofMinutes(15)) >= 0
				&& board.duration().compareTo(Duration.ofHours(10)) <= 0,
				which + ": a meeting lasts between 15 minutes and 10 hours.");
		require(board.papersDeadlineDays() >= 0 && board.papersDeadlineDays() <= 30,
				which + ": the papers deadline is 0 to 30 working days before the meeting.");
		cadence(which, board.cadence());
		Set<String> seen = new HashSet<>();
		for (Member member : board.members()) {
			require(seen.add(member.id().toLowerCase()), which + ": member " + member.id() + " is listed twice.");
		}
		return board;
	}

	/** A cadence must be an RRULE that actually yields dates. */
	static void cadence(String which, String rule) {
		require(rule != null && !rule.isBlank(),
				which + ": a cadence is needed as an iCalendar RRULE, e.g. FREQ=MONTHLY;BYDAY=2TU.");
		try {
			Recur<LocalDate> recur = new Recur<>(rule.strip().replaceFirst("^RRULE:", ""));
			LocalDate from = LocalDate.of(2024, 1, 1);
			require(!recur.getDates(from, from, from.plusYears(2)).isEmpty(),
					which + ": the cadence " + rule + " yields no dates.");
		}
		catch (IllegalArgumentException | java.time.DateTimeException ex) {
			throw SchedulingException.invalid(which + ": the cadence '" + rule + "' is not an iCalendar RRULE ("
					+ ex.getMessage() + "); e.g. FREQ=MONTHLY;BYDAY=2TU.");
		}
	}

	private static void require(boolean condition, String message) {
		if (!condition) {
			throw SchedulingException.invalid(message);
		}
	}

}
