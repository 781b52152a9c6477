package uk.opcc.quorum.scheduler;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * A meeting the cadence proposes; nothing is stored.
 *
 * @param boardCode the board
 * @param start start in Europe/London
 * @param end end in Europe/London
 * @param papersDeadline when papers would be due
 * @param moved why the date differs from the cadence (weekend or bank holiday), or null
 * @param clashes members who are busy then
 */
public record ProposedMeeting(String boardCode, ZonedDateTime start, ZonedDateTime end, LocalDate papersDeadline,
		String moved, List<Clash> clashes) {

	public ProposedMeeting {
		clashes = clashes == null ? List.of() : List.copyOf(clashes);
	}

	/**
	 * @param member the member's name
	 * @param what what they are busy with, as far as the calendar says
	 * @param start the busy time's start
	 * @param end its end
	 */
	public record Clash(String member, String what, ZonedDateTime start, ZonedDateTime end) {
	}

}
