package uk.opcc.quorum.bot.meet;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.opcc.quorum.bot.api.ApiProblem;
import uk.opcc.quorum.scheduler.Board;
import uk.opcc.quorum.scheduler.BoardForm;
import uk.opcc.quorum.scheduler.Boards;
import uk.opcc.quorum.scheduler.MeetingPlanner;
import uk.opcc.quorum.scheduler.Meetings;
import uk.opcc.quorum.scheduler.ProposedMeeting;

/** The boards, and the meetings their cadence proposes (nothing stored). */
@RestController
@RequestMapping("/api/boards")
class BoardsController {

	private final Boards boards;

	private final MeetingPlanner planner;

	private final Meetings meetings;

	BoardsController(Boards boards, MeetingPlanner planner, Meetings meetings) {
		this.boards = boards;
		this.planner = planner;
		this.meetings = meetings;
	}

	/** Each board as config/boards.yml spells it ({@link BoardForm}). */
	@GetMapping
	List<Map<String, Object>> all() {
		return boards.all().stream().map(BoardForm::write).toList();
	}

	@GetMapping("/{code}")
	Map<String, Object> one(@PathVariable String code) {
		return BoardForm.write(boards.get(code));
	}

	/**
	 * 201 when the board is new, 200 when it replaces one. The body is a board as
	 * config/boards.yml spells it, read by the same {@link BoardForm}; another spelling
	 * is refused by name and nothing is stored.
	 */
	@ApiResponse(responseCode = "200", description = "The board, replacing the one with this code")
	@ApiResponse(responseCode = "201", description = "The board, new")
	@PutMapping("/{code}")
	ResponseEntity<Map<String, Object>> save(@PathVariable String code, @RequestBody Map<String, Object> body) {
		Board board = BoardForm.read(body, "");
		if (!code.equalsIgnoreCase(board.code())) {
			throw ApiProblem.badRequest("The board's code in the body must be the code in the address (" + code + ").");
		}
		boolean replaces = boards.exists(board.code());
		return ResponseEntity.status(replaces ? HttpStatus.OK : HttpStatus.CREATED)
			.body(BoardForm.write(boards.save(board)));
	}

	record Proposal(OffsetDateTime start, OffsetDateTime end, LocalDate papersDeadline, String moved,
			List<Clash> clashes) {
	}

	record Clash(String member, String what, OffsetDateTime start, OffsetDateTime end) {
	}

	@GetMapping("/{code}/plan")
	List<Proposal> plan(@PathVariable String code, @RequestParam(required = false) LocalDate from,
			@RequestParam(defaultValue = "12") int count) {
		return planner.plan(code, from == null ? meetings.today() : from, count)
			.stream()
			.map(BoardsController::view)
			.toList();
	}

	private static Proposal view(ProposedMeeting p) {
		return new Proposal(p.start().toOffsetDateTime(), p.end().toOffsetDateTime(), p.papersDeadline(), p.moved(),
				p.clashes()
					.stream()
					.map(c -> new Clash(c.member(), c.what(), c.start().toOffsetDateTime(), c.end().toOffsetDateTime()))
					.toList());
	}

}
