package uk.opcc.quorum.bot.meet;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.opcc.quorum.bot.command.Caller;
import uk.opcc.quorum.bot.api.ApiProblem;
import uk.opcc.quorum.scheduler.ActionItem;
import uk.opcc.quorum.scheduler.ActionRequest;
import uk.opcc.quorum.scheduler.Actions;
import uk.opcc.quorum.scheduler.AgendaItem;
import uk.opcc.quorum.scheduler.Agendas;
import uk.opcc.quorum.scheduler.ItemRequest;
import uk.opcc.quorum.scheduler.MeetingDocuments;
import uk.opcc.quorum.scheduler.MinutesBook;
import uk.opcc.quorum.scheduler.MinutesRequest;
import uk.opcc.quorum.scheduler.RecordedDecision;

/**
 * A meeting's agenda, minutes, decisions and actions. Changes are recorded against the
 * signed-in caller.
 */
@RestController
@RequestMapping("/api/meetings/{id}")
class PapersController {

	static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	private final Agendas agendas;

	private final MinutesBook minutes;

	private final Actions actions;

	private final MeetingDocuments documents;

	PapersController(Agendas agendas, MinutesBook minutes, Actions actions, MeetingDocuments documents) {
		this.agendas = agendas;
		this.minutes = minutes;
		this.actions = actions;
		this.documents = documents;
	}

	@ApiResponse(responseCode = "200", description = "The agenda pack: Markdown, or Word with format=docx",
			content = { @Content(mediaType = "text/markdown", schema = @Schema(type = "string")),
					@Content(mediaType = DOCX, schema = @Schema(type = "string", format = "binary")) })
	@GetMapping("/agenda")
	ResponseEntity<?> agenda(@PathVariable String id, @RequestParam(defaultValue = "md") String format) {
		return "docx".equals(format) ? docx("agenda-" + id, documents.agendaDocx(id))
				: markdown(documents.agendaMarkdown(id), format);
	}

	/** Boxed flags: JSON may leave them out. */
	record ItemBody(String title, String owner, String paper, AgendaItem.Purpose purpose, Boolean exempt,
			Boolean acceptLate) {
	}

	@ApiResponse(responseCode = "201", description = "The item, added to the agenda")
	@PostMapping("/items")
	ResponseEntity<AgendaItem> addItem(@PathVariable String id, @RequestBody ItemBody body, Caller caller) {
		AgendaItem item = agendas.addItem(id, new ItemRequest(body.title(), body.owner(), body.paper(), body.purpose(),
				Boolean.TRUE.equals(body.exempt())), caller.userId(), Boolean.TRUE.equals(body.acceptLate()));
		return ResponseEntity.status(201).body(item);
	}

	@ApiResponse(responseCode = "200", description = "The minutes: Markdown, or Word with format=docx",
			content = { @Content(mediaType = "text/markdown", schema = @Schema(type = "string")),
					@Content(mediaType = DOCX, schema = @Schema(type = "string", format = "binary")) })
	@GetMapping("/minutes")
	ResponseEntity<?> minutes(@PathVariable String id, @RequestParam(defaultValue = "md") String format) {
		return "docx".equals(format) ? docx("minutes-" + id, documents.minutesDocx(id))
				: markdown(documents.minutesMarkdown(id), format);
	}

	@PutMapping("/minutes")
	MeetingView recordMinutes(@PathVariable String id, @RequestBody MinutesRequest body, Caller caller) {
		return MeetingView.of(minutes.record(id, body, caller.userId()));
	}

	record Approval(String atMeeting) {
	}

	@PostMapping("/minutes/approval")
	MeetingView approve(@PathVariable String id, @RequestBody Approval body, Caller caller) {
		if (body == null || body.atMeeting() == null) {
			throw ApiProblem.badRequest("Say at which meeting the minutes were approved: {\"atMeeting\": \"<id>\"}.");
		}
		return MeetingView.of(minutes.approve(id, body.atMeeting(), caller.userId()));
	}

	@GetMapping("/decisions")
	List<RecordedDecision> decisions(@PathVariable String id) {
		return minutes.decisions(id);
	}

	@ApiResponse(responseCode = "201", description = "The actions, as recorded")
	@PostMapping("/actions")
	ResponseEntity<List<ActionItem>> addActions(@PathVariable String id, @RequestBody List<ActionRequest> body) {
		return ResponseEntity.status(201).body(actions.add(id, body == null ? List.of() : body));
	}

	private static ResponseEntity<byte[]> docx(String name, byte[] bytes) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(DOCX))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + ".docx\"")
			.body(bytes);
	}

	private static ResponseEntity<String> markdown(String text, String format) {
		if (!"md".equals(format)) {
			throw ApiProblem.badRequest("format is md or docx.");
		}
		return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/markdown;charset=UTF-8")).body(text);
	}

}
