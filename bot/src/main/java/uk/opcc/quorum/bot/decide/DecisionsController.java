package uk.opcc.quorum.bot.decide;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.opcc.quorum.bot.api.ApiProblem;
import uk.opcc.quorum.bot.command.Caller;
import uk.opcc.quorum.decisions.AuditEntry;
import uk.opcc.quorum.decisions.DecisionNotice;
import uk.opcc.quorum.decisions.DecisionWorkflow;
import uk.opcc.quorum.decisions.Decisions;
import uk.opcc.quorum.decisions.DraftRequest;
import uk.opcc.quorum.decisions.Drafted;
import uk.opcc.quorum.decisions.Drafting;
import uk.opcc.quorum.decisions.NoticeDocuments;
import uk.opcc.quorum.decisions.NoticeRequest;
import uk.opcc.quorum.decisions.Status;
import uk.opcc.quorum.decisions.TransitionRequest;

/**
 * The decision notice REST contract. Callers act as who they signed in as; their
 * capacities come from their configured roles.
 */
@RestController
@RequestMapping("/api/decisions")
class DecisionsController {

	private final Decisions decisions;

	private final DecisionWorkflow workflow;

	private final Drafting drafting;

	private final NoticeDocuments documents;

	DecisionsController(Decisions decisions, DecisionWorkflow workflow, Drafting drafting, NoticeDocuments documents) {
		this.decisions = decisions;
		this.workflow = workflow;
		this.drafting = drafting;
		this.documents = documents;
	}

	@ApiResponse(responseCode = "201", description = "The draft, with its id and number; Location names it")
	@PostMapping
	ResponseEntity<DecisionNotice> create(@RequestBody NoticeRequest request, Caller caller) {
		if (request == null) {
			throw ApiProblem.badRequest("Send the notice: {\"title\": \"...\", \"sections\": {\"summary\": \"...\"}}.");
		}
		DecisionNotice notice = decisions.create(request, Capacities.actor(caller));
		return ResponseEntity.created(URI.create("/api/decisions/" + notice.id())).body(notice);
	}

	@ApiResponse(responseCode = "201", description = "The drafted notice, and whether a model or a template drafted it")
	@PostMapping("/drafts")
	ResponseEntity<Drafted> draft(@RequestBody DraftRequest request, Caller caller) {
		Drafted drafted = drafting.draft(request == null ? new DraftRequest(null, null) : request,
				Capacities.actor(caller));
		return ResponseEntity.created(URI.create("/api/decisions/" + drafted.notice().id())).body(drafted);
	}

	@GetMapping
	List<DecisionNotice> list(@RequestParam(required = false) List<Status> status) {
		return decisions.list(status);
	}

	@GetMapping("/{id}")
	DecisionNotice one(@PathVariable String id) {
		return decisions.get(id);
	}

	@PatchMapping("/{id}")
	DecisionNotice edit(@PathVariable String id, @RequestBody NoticeRequest change, Caller caller) {
		return decisions.edit(id, change, Capacities.actor(caller));
	}

	@PostMapping("/{id}/transitions")
	DecisionNotice move(@PathVariable String id, @RequestBody TransitionRequest request, Caller caller) {
		return workflow.move(id, request, Capacities.actor(caller));
	}

	@ApiResponse(responseCode = "201", description = "The correction: a new notice superseding the signed one")
	@PostMapping("/{id}/corrections")
	ResponseEntity<DecisionNotice> correct(@PathVariable String id, @RequestBody NoticeRequest change, Caller caller) {
		DecisionNotice correction = decisions.correct(id, change, Capacities.actor(caller));
		return ResponseEntity.created(URI.create("/api/decisions/" + correction.id())).body(correction);
	}

	@GetMapping("/{id}/audit")
	List<AuditEntry> audit(@PathVariable String id) {
		return decisions.audit(id);
	}

	@ApiResponse(responseCode = "200", description = "The notice, Part 1 only",
			content = @Content(mediaType = "text/markdown", schema = @Schema(type = "string")))
	@GetMapping("/{id}/md")
	ResponseEntity<String> markdown(@PathVariable String id) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("text/markdown;charset=UTF-8"))
			.body(documents.markdown(id));
	}

	@ApiResponse(responseCode = "200", description = "The notice, Part 1 only",
			content = @Content(mediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
					schema = @Schema(type = "string", format = "binary")))
	@GetMapping("/{id}/docx")
	ResponseEntity<byte[]> docx(@PathVariable String id) {
		return file(id, "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
				documents.docx(id));
	}

	@ApiResponse(responseCode = "200", description = "The notice, Part 1 only (tagged PDF)",
			content = @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")))
	@GetMapping("/{id}/pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String id) {
		return file(id, "pdf", MediaType.APPLICATION_PDF_VALUE, documents.pdf(id));
	}

	private ResponseEntity<byte[]> file(String id, String extension, String type, byte[] bytes) {
		String name = "decision-" + decisions.get(id).slug() + "." + extension;
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(type))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
			.body(bytes);
	}

}
