package uk.opcc.quorum.bot.meet;

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
import uk.opcc.quorum.scheduler.Meetings;
import uk.opcc.quorum.scheduler.SchedulingException;

/**
 * What anyone may read without an API key: the public boards, each board's meetings and
 * year at a glance, a meeting's page, and a meeting's invitation, whose address carries
 * the meeting's random id and is sent only to its members. Private boards have no page of
 * any kind. Pages are the templates under {@code templates/meetings/}.
 */
@Controller
class PublicMeetingsController {

	private final MeetingDocuments documents;

	private final PublicYears years;

	private final Meetings meetings;

	PublicMeetingsController(MeetingDocuments documents, PublicYears years, Meetings meetings) {
		this.documents = documents;
		this.years = years;
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
		return year(model, years.allBoards(year(year)), null);
	}

	@GetMapping(path = "/boards/{code}/year/{year}", produces = MediaType.TEXT_HTML_VALUE)
	String boardYear(@PathVariable String code, @PathVariable String year, Model model) {
		int y = year(year);
		Board board = documents.publicBoard(code);
		return year(model, years.board(board, y), board);
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

	private String year(Model model, YearAtAGlance calendar, Board board) {
		model.addAttribute("calendar", calendar);
		model.addAttribute("board", board);
		model.addAttribute("base", board == null ? "/boards/year/" : "/boards/" + board.code() + "/year/");
		model.addAttribute("boards", documents.publicBoards());
		return "meetings/year";
	}

	private static int year(String text) {
		if (PublicYears.known(text)) {
			return Integer.parseInt(text);
		}
		throw SchedulingException.notFound("There is no calendar for '" + text + "': give a year from "
				+ PublicYears.FIRST_YEAR + " to " + PublicYears.LAST_YEAR + ", e.g. /boards/year/2027.");
	}

}
