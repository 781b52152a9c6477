package uk.opcc.quorum.bot.ask;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import io.swagger.v3.oas.annotations.headers.Header;
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
import uk.opcc.quorum.knowledge.upload.BackgroundUploads;
import uk.opcc.quorum.knowledge.upload.Upload;
import uk.opcc.quorum.knowledge.upload.UploadsBusy;

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

	private final BackgroundUploads uploads;

	KnowledgeController(KnowledgeService knowledge, Readership readership, KnowledgeProperties properties,
			BackgroundUploads uploads) {
		this.uploads = uploads;
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

	/**
	 * One file's outcome: its document, why it was not indexed, or (a large file) its
	 * background upload to follow at {@code status}.
	 */
	record FileResult(String file, IndexedDocument document, String error, Upload upload, String status) {

		FileResult(String file, IndexedDocument document, String error) {
			this(file, document, error, null, null);
		}

	}

	@ApiResponse(responseCode = "200", description = "The answer, and the passages it cites",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = AskResponse.class)))
	@ApiResponse(responseCode = "503",
			description = "Quorum has only just started and the document index is still loading; ask again after "
					+ "the Retry-After header's seconds",
			headers = @Header(name = "Retry-After", description = "Seconds to wait before asking again",
					schema = @Schema(type = "integer")),
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(ref = "#/components/schemas/Problem")))
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
	 * per file. A file over {@code quorum.knowledge.background-above} is indexed in the
	 * background: 202, and its status to follow.
	 */
	@Tag(name = "Admin")
	@ApiResponse(responseCode = "201",
			description = "Indexed. One file answers its document; several answer one result per file (its document, "
					+ "its background upload, or why it was not indexed)",
			content = @Content(mediaType = "application/json",
					schema = @Schema(oneOf = { IndexedDocument.class, FileResult[].class })))
	@ApiResponse(responseCode = "202",
			description = "Accepted for indexing in the background (a file over quorum.knowledge.background-above): "
					+ "one file answers its upload, to follow at the Location header; several answer one result per "
					+ "file",
			headers = @Header(name = "Location",
					description = "The upload's status: /api/knowledge/documents/uploads/{id}",
					schema = @Schema(type = "string")),
			content = @Content(mediaType = "application/json",
					schema = @Schema(oneOf = { Upload.class, FileResult[].class })))
	@ApiResponse(responseCode = "422",
			description = "Nothing was indexed. One file answers a problem document saying why; several answer one "
					+ "result per file",
			content = {
					@Content(mediaType = "application/problem+json",
							schema = @Schema(ref = "#/components/schemas/Problem")),
					@Content(mediaType = "application/json",
							array = @ArraySchema(schema = @Schema(implementation = FileResult.class))) })
	@ApiResponse(responseCode = "503",
			description = "A large file was refused: as many are waiting to be indexed as Quorum queues "
					+ "(quorum.knowledge.upload-queue); send it again in a few minutes",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(ref = "#/components/schemas/Problem")))
	@PostMapping(path = "/documents", consumes = "multipart/form-data")
	ResponseEntity<?> upload(@RequestParam("file") List<MultipartFile> files,
			@RequestParam(name = "audience", required = false) Audience audience, Caller caller) {
		Audience chosen = audience == null ? properties.uploadAudience() : audience;
		List<FileResult> results = new ArrayList<>();
		for (MultipartFile file : files) {
			String name = fileName(file);
			if (inBackground(file.getSize())) {
				try {
					Upload upload = uploads.submit(name, bytes(file), chosen, "upload:" + name, caller.userId(),
							step -> {
							});
					results.add(new FileResult(name, null, null, upload, statusPath(upload)));
				}
				catch (UploadsBusy ex) {
					if (files.size() == 1) {
						throw new ApiProblem(HttpStatus.SERVICE_UNAVAILABLE, ex.getMessage());
					}
					results.add(new FileResult(name, null, ex.getMessage()));
				}
				continue;
			}
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
			if (only.upload() != null) {
				return ResponseEntity.accepted().location(URI.create(only.status())).body(only.upload());
			}
			return ResponseEntity.status(HttpStatus.CREATED).body(only.document());
		}
		boolean anyIndexed = results.stream().anyMatch(r -> r.document() != null);
		boolean anyQueued = results.stream().anyMatch(r -> r.upload() != null);
		return ResponseEntity
			.status(anyIndexed ? HttpStatus.CREATED
					: anyQueued ? HttpStatus.ACCEPTED : HttpStatus.UNPROCESSABLE_CONTENT)
			.body(results);
	}

	/** How a large upload moves on, then its document or why it was not indexed. */
	@Tag(name = "Admin")
	@ApiResponse(responseCode = "200",
			description = "The upload: QUEUED, RUNNING (with percent and stage), DONE (with its document) or FAILED "
					+ "(with a sentence saying why)")
	@ApiResponse(responseCode = "404", description = "No upload has this id",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(ref = "#/components/schemas/Problem")))
	@GetMapping("/documents/uploads/{id}")
	Upload uploadStatus(@PathVariable String id) {
		return uploads.status(id).orElseThrow(() -> ApiProblem.notFound("No upload has id " + id + "."));
	}

	/**
	 * A file too large to index at all is refused at once on the ordinary path, not after
	 * queueing.
	 */
	private boolean inBackground(long size) {
		return size > properties.backgroundAbove().toBytes() && size <= properties.maxFileSize().toBytes();
	}

	private static String statusPath(Upload upload) {
		return "/api/knowledge/documents/uploads/" + upload.id();
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
