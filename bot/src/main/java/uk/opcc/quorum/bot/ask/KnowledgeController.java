package uk.opcc.quorum.bot.ask;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import uk.opcc.quorum.bot.api.ApiProblem;
import uk.opcc.quorum.bot.command.Caller;
import uk.opcc.quorum.knowledge.Answer;
import uk.opcc.quorum.knowledge.Audience;
import uk.opcc.quorum.knowledge.Citation;
import uk.opcc.quorum.knowledge.IndexedDocument;
import uk.opcc.quorum.knowledge.IngestionException;
import uk.opcc.quorum.knowledge.KnowledgeProperties;
import uk.opcc.quorum.knowledge.KnowledgeService;
import uk.opcc.quorum.knowledge.QuestionRefused;

/**
 * The knowledge REST contract: upload, list and delete documents; ask a question as the
 * signed-in caller.
 */
@RestController
@RequestMapping("/api/knowledge")
class KnowledgeController {

	private final KnowledgeService knowledge;

	private final Readership readership;

	private final KnowledgeProperties properties;

	KnowledgeController(KnowledgeService knowledge, Readership readership, KnowledgeProperties properties) {
		this.knowledge = knowledge;
		this.readership = readership;
		this.properties = properties;
	}

	/** The caller's roles decide what they may read; a request cannot name a role. */
	record AskRequest(String question) {
	}

	record AskResponse(String answer, boolean grounded, List<Citation> citations, Answer.Mode mode) {

		static AskResponse of(Answer answer) {
			return new AskResponse(answer.text(), answer.grounded(), answer.citations(), answer.mode());
		}

	}

	record FileResult(String file, IndexedDocument document, String error) {
	}

	@PostMapping("/ask")
	AskResponse ask(@RequestBody AskRequest request, Caller caller) {
		if (request == null || request.question() == null || request.question().isBlank()) {
			throw ApiProblem.badRequest("Send a question: {\"question\": \"...\"}.");
		}
		try {
			return AskResponse.of(knowledge.answer(request.question(), readership.audiences(caller.roles())));
		}
		catch (QuestionRefused ex) {
			throw ApiProblem.badRequest(ex.getMessage());
		}
	}

	/**
	 * One file answers the document (or 422 with the reason); several answer one result
	 * per file.
	 */
	@Tag(name = "Admin")
	@ApiResponse(responseCode = "201",
			description = "Indexed. One file answers its document; several answer one result per file (its document "
					+ "or why it was not indexed)",
			content = @Content(mediaType = "application/json",
					schema = @Schema(oneOf = { IndexedDocument.class, FileResult[].class })))
	@ApiResponse(responseCode = "422",
			description = "Nothing was indexed. One file answers a problem document saying why; several answer one "
					+ "result per file",
			content = {
					@Content(mediaType = "application/problem+json",
							schema = @Schema(ref = "#/components/schemas/Problem")),
					@Content(mediaType = "application/json",
							array = @ArraySchema(schema = @Schema(implementation = FileResult.class))) })
	@PostMapping(path = "/documents", consumes = "multipart/form-data")
	ResponseEntity<?> upload(@RequestParam("file") List<MultipartFile> files,
			@RequestParam(name = "audience", required = false) Audience audience) {
		Audience chosen = audience == null ? properties.uploadAudience() : audience;
		List<FileResult> results = new ArrayList<>();
		for (MultipartFile file : files) {
			String name = fileName(file);
			try {
				results.add(new FileResult(name, knowledge.ingest(name, bytes(file), chosen, "upload:" + name), null));
			}
			catch (IngestionException ex) {
				results.add(new FileResult(name, null, ex.getMessage()));
			}
		}
		if (results.size() == 1) {
			FileResult only = results.get(0);
			if (only.error() != null) {
				throw new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, only.error());
			}
			return ResponseEntity.status(HttpStatus.CREATED).body(only.document());
		}
		boolean anyIndexed = results.stream().anyMatch(r -> r.document() != null);
		return ResponseEntity.status(anyIndexed ? HttpStatus.CREATED : HttpStatus.UNPROCESSABLE_CONTENT).body(results);
	}

	@Tag(name = "Admin")
	@GetMapping("/documents")
	List<IndexedDocument> documents() {
		return knowledge.documents(EnumSet.allOf(Audience.class));
	}

	@Tag(name = "Admin")
	@ApiResponse(responseCode = "204", description = "Removed from the index")
	@DeleteMapping("/documents/{id}")
	ResponseEntity<Void> delete(@PathVariable String id) {
		return knowledge.delete(id)
			.map(deleted -> ResponseEntity.noContent().<Void>build())
			.orElseThrow(() -> ApiProblem.notFound("No indexed document has id " + id + "."));
	}

	private static String fileName(MultipartFile file) {
		String name = file.getOriginalFilename();
		if (name == null || name.isBlank()) {
			return "upload";
		}
		if (name.length() > 255 || name.chars().anyMatch(Character::isISOControl)) {
			throw ApiProblem.badRequest("A file name may have at most 255 characters and no control characters.");
		}
		return name;
	}

	private static byte[] bytes(MultipartFile file) {
		try {
			return file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
