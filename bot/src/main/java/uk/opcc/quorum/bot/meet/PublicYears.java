package uk.opcc.quorum.bot.meet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import uk.opcc.quorum.scheduler.Board;
import uk.opcc.quorum.scheduler.MeetingDocuments;
import uk.opcc.quorum.scheduler.MeetingPlanner;
import uk.opcc.quorum.scheduler.PublicMeeting;
import uk.opcc.quorum.scheduler.SchedulingException;

/**
 * The public boards' years at a glance, the same for the public page and the picture in
 * Teams: the meetings in the year, the papers deadlines in the year of meetings early in
 * the next, and the bank holidays when Quorum has them.
 */
@Component
class PublicYears {

	static final int FIRST_YEAR = 2000;

	static final int LAST_YEAR = 2100;

	private final MeetingDocuments documents;

	private final MeetingPlanner planner;

	PublicYears(MeetingDocuments documents, MeetingPlanner planner) {
		this.documents = documents;
		this.planner = planner;
	}

	/** A year Quorum draws a calendar for, given as four digits. */
	static boolean known(String year) {
		return year.matches("\\d{4}") && Integer.parseInt(year) >= FIRST_YEAR && Integer.parseInt(year) <= LAST_YEAR;
	}

	/** One public board's year. */
	YearAtAGlance board(Board board, int year) {
		return of(year, board.name(), documents.publicMeetings(board.code()));
	}

	/** Every public board's meetings in a year, on one calendar. */
	YearAtAGlance allBoards(int year) {
		List<PublicMeeting> all = new ArrayList<>();
		documents.publicBoards().forEach(b -> all.addAll(documents.publicMeetings(b.code())));
		all.sort(Comparator.comparing(PublicMeeting::start));
		return of(year, "Public meetings", all);
	}

	private YearAtAGlance of(int year, String title, List<PublicMeeting> shown) {
		Map<LocalDate, String> holidays = Map.of();
		String note = null;
		try {
			holidays = planner.bankHolidays(year);
		}
		catch (SchedulingException ex) {
			note = "Bank holidays are not shown: Quorum has no table of bank holidays for " + year + ".";
		}
		return YearAtAGlance.of(year, title, shown, holidays, note);
	}

}
