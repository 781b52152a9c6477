package uk.opcc.quorum.bot.meet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

import uk.opcc.quorum.scheduler.Board;
import uk.opcc.quorum.scheduler.MeetingDocuments;
import uk.opcc.quorum.scheduler.MeetingPlanner;
import uk.opcc.quorum.scheduler.Meetings;
import uk.opcc.quorum.scheduler.PublicMeeting;
import uk.opcc.quorum.scheduler.SchedulingException;

/**
 * What anyone may read without an API key: the public boards, each board's meetings and
 * year at a glance, a meeting's page, and a meeting's invitation, whose address carries
 * the meeting's random id and is sent only to its members. Private boards have no page of
 * any kind. Pages are the templates under {@code templates/meetings/}.
 */
@Controller
class PublicMeetingsController {

	private static final int FIRST_YEAR = 2000;

	private static final int LAST_YEAR = 2100;

	private final MeetingDocuments documents;

	private final MeetingPlanner planner;

	private final Meetings meetings;

	PublicMeetingsController(MeetingDocuments documents, MeetingPlanner planner, Meetings meetings) {
		this.documents = documents;
		this.planner = planner;
		this.meetings = meetings;
	}

	@GetMapping(path = "/boards/", produces = MediaType.TEXT_HTML_VALUE)
	String boards(Model model) {
		model.addAttribute("boards", documents.publicBoards());
		model.addAttribute("year", meetings.today().getYear());
		return "meetings/boards";
	}

	@GetMapping(path = "/boards/{code}/", produces = MediaType.TEXT_HTML_VALUE)
	String board(@PathVariable String code, Model model) {
		Board board = documents.publicBoard(code);
		model.addAttribute("board", board);
		model.addAttribute("meetings", documents.publicMeetings(board.code()));
		model.addAttribute("year", meetings.today().getYear());
		return "meetings/board";
	}

	@GetMapping(path = "/boards/{code}/{meetingId}", produces = MediaType.TEXT_HTML_VALUE)
	String meeting(@PathVariable String code, @PathVariable String meetingId, Model model) {
		model.addAttribute("meeting", documents.publicMeeting(code, meetingId));
		return "meetings/meeting";
	}

	/** Every public board's meetings in a year, on one calendar. */
	@GetMapping(path = "/boards/year/{year}", produces = MediaType.TEXT_HTML_VALUE)
	String allBoardsYear(@PathVariable String year, Model model) {
		int y = year(year);
		List<PublicMeeting> all = new ArrayList<>();
		documents.publicBoards().forEach(b -> all.addAll(documents.publicMeetings(b.code())));
		all.sort(Comparator.comparing(PublicMeeting::start));
		return year(model, y, "Public meetings", null, all);
	}

	@GetMapping(path = "/boards/{code}/year/{year}", produces = MediaType.TEXT_HTML_VALUE)
	String boardYear(@PathVariable String code, @PathVariable String year, Model model) {
		int y = year(year);
		Board board = documents.publicBoard(code);
		return year(model, y, board.name(), board, documents.publicMeetings(board.code()));
	}

	@GetMapping("/calendar/{meetingId}.ics")
	ResponseEntity<String> invitation(@PathVariable String meetingId) {
		return ResponseEntity.ok()
			.contentType(MeetingsController.CALENDAR)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"meeting.ics\"")
			.body(documents.invitation(meetingId));
	}

	@ExceptionHandler(SchedulingException.class)
	ModelAndView notFound(SchedulingException ex) {
		HttpStatus status = SchedulingErrors.status(ex.reason());
		ModelAndView page = new ModelAndView("site/problem", status);
		page.addObject("status", page.getStatus().value());
		page.addObject("message", ex.getMessage());
		page.addObject("back", "/boards/");
		page.addObject("backLabel", "Public meetings");
		page.addObject("section", "meetings");
		return page;
	}

	/**
	 * The calendar of a year from the meetings given: those in the year, and the papers
	 * deadlines in the year of meetings early in the next.
	 */
	private String year(Model model, int year, String title, Board board, List<PublicMeeting> shown) {
		Map<LocalDate, String> holidays = Map.of();
		String note = null;
		try {
			holidays = planner.bankHolidays(year);
		}
		catch (SchedulingException ex) {
			note = "Bank holidays are not shown: Quorum has no table of bank holidays for " + year + ".";
		}
		model.addAttribute("calendar", YearAtAGlance.of(year, title, shown, holidays, note));
		model.addAttribute("board", board);
		model.addAttribute("base", board == null ? "/boards/year/" : "/boards/" + board.code() + "/year/");
		model.addAttribute("boards", documents.publicBoards());
		return "meetings/year";
	}

	private static int year(String text) {
		if (text.matches("\\d{4}")) {
			int year = Integer.parseInt(text);
			if (year >= FIRST_YEAR && year <= LAST_YEAR) {
				return year;
			}
		}
		throw SchedulingException.notFound("There is no calendar for '" + text + "': give a year from " + FIRST_YEAR
				+ " to " + LAST_YEAR + ", e.g. /boards/year/2027.");
	}

}
