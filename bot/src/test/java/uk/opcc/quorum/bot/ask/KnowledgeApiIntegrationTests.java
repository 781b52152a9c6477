package uk.opcc.quorum.bot.ask;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import uk.opcc.quorum.bot.LargeDocument;
import uk.opcc.quorum.bot.TrialCallers;
import uk.opcc.quorum.knowledge.upload.BackgroundUploads;

import uk.opcc.quorum.bot.QuorumIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The knowledge REST contract over real HTTP, against the whole application on the
 * embedded store.
 */
@QuorumIntegrationTest
@SuppressWarnings("unchecked")
class KnowledgeApiIntegrationTests {

	@Autowired
	TestRestTemplate http;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	BackgroundUploads uploads;

	@Autowired
	Clock clock;

	@BeforeEach
	void asSecretary() {
		TrialCallers.actAs(http, "sec-1");
	}

	@Test
	void candidateGetsCitedAnswerFromPublicDocument() {
		Map<String, Object> doc = upload("panel-powers.md", """
				# Panel powers
				## Precept
				The panel may veto the proposed precept once, by a two-thirds majority of its members.
				""", "PUBLIC").getBody();
		assertThat(doc).containsKeys("id", "title", "audience", "chunks");

		Map<String, Object> answer = ask("can the panel veto the precept?", "CANDIDATE");
		assertThat(answer).containsEntry("grounded", true);
		assertThat((String) answer.get("answer")).contains("two-thirds");
		List<Map<String, Object>> citations = (List<Map<String, Object>>) answer.get("citations");
		assertThat(citations).first().satisfies(c -> {
			assertThat(c).containsEntry("documentId", doc.get("id")).containsEntry("section", "Precept");
			assertThat(c).containsKeys("title", "snippet");
		});
	}

	@Test
	void staffDocumentIsHiddenFromCandidatesButAnswersStaff() {
		upload("estates-note.md", """
				# Estates note
				## Depot disposal
				The Wymondham vehicle depot disposal is scheduled for the spring estates board.
				""", "STAFF");

		assertThat(ask("when is the Wymondham vehicle depot disposal scheduled?", "CANDIDATE"))
			.containsEntry("grounded", false);
		assertThat(ask("when is the Wymondham vehicle depot disposal scheduled?", "STAFF")).containsEntry("grounded",
				true);
	}

	@Test
	void sameContentTwiceChangesNothing() {
		String text = "# Custody visits\n\nVolunteer custody visitors call unannounced at the custody suite.\n";
		Map<String, Object> first = upload("custody.md", text, "PUBLIC").getBody();
		int before = http.getForObject("/api/knowledge/documents", List.class).size();
		Map<String, Object> second = upload("custody-copy.md", text, "PUBLIC").getBody();
		assertThat(second.get("id")).isEqualTo(first.get("id"));
		assertThat(http.getForObject("/api/knowledge/documents", List.class)).hasSize(before);
	}

	@Test
	void deletedDocumentIsNeverCitedAgain() {
		Map<String, Object> doc = upload("ferries.md",
				"# Marine unit\n\nThe marine unit patrols the Broads with two rigid inflatable boats.\n", "PUBLIC")
			.getBody();
		assertThat(ask("how does the marine unit patrol the Broads?", "STAFF")).containsEntry("grounded", true);

		ResponseEntity<Void> deleted = http.exchange("/api/knowledge/documents/" + doc.get("id"), HttpMethod.DELETE,
				null, Void.class);
		assertThat(deleted.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		Map<String, Object> after = ask("how does the marine unit patrol the Broads?", "STAFF");
		assertThat((List<Map<String, Object>>) after.get("citations"))
			.noneMatch(c -> doc.get("id").equals(c.get("documentId")));
		assertThat(http.exchange("/api/knowledge/documents/" + doc.get("id"), HttpMethod.DELETE, null, Map.class)
			.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void badFilesGetTheirOwnErrorsAndGoodOnesAreStillIndexed() {
		MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
		form.add("file", file("empty.txt", new byte[0]));
		form.add("file", file("virus.exe", "MZ".getBytes(StandardCharsets.UTF_8)));
		form.add("file", file("latin1.txt", "caf\u00e9 cr\u00e8me".getBytes(StandardCharsets.ISO_8859_1)));
		form.add("file", file("too-big.txt", "word ".repeat(10_000).getBytes(StandardCharsets.UTF_8)));
		form.add("file", file("good.txt",
				"Board dates\n\nThe audit committee meets five times a year.\n".getBytes(StandardCharsets.UTF_8)));
		ResponseEntity<List> response = http.postForEntity("/api/knowledge/documents", multipart(form), List.class);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		List<Map<String, Object>> results = response.getBody();
		assertThat(results).hasSize(5);
		assertThat((String) results.get(0).get("error")).contains("empty");
		assertThat((String) results.get(1).get("error")).contains("'exe' cannot be indexed");
		assertThat((String) results.get(2).get("error")).contains("not UTF-8");
		assertThat((String) results.get(3).get("error")).contains("not indexed");
		assertThat(results.get(4).get("document")).isNotNull();
	}

	@Test
	void singleBadFileIsUnprocessableWithReason() {
		ResponseEntity<Map> response = http.postForEntity("/api/knowledge/documents",
				multipart(form(file("broken.pdf", "%PDF-1.7 not really".getBytes(StandardCharsets.UTF_8)))), Map.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat((String) response.getBody().get("detail")).contains("broken.pdf").contains("not a readable PDF");
	}

	@Test
	void uploadOverTheLimitIsRefusedClearly() {
		ResponseEntity<String> response = http.postForEntity("/api/knowledge/documents",
				multipart(form(file("huge.txt", new byte[100 * 1024]))), String.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
		assertThat(response.getBody()).contains("larger than Quorum accepts");
	}

	@Test
	void largeFileIsIndexedInTheBackgroundWhileItsProgressIsFollowed() {
		byte[] large = LargeDocument.of("Custody estate review",
				"The Thetford custody suite reopens on 3 March 2028 after its refurbishment.", 101);
		MultiValueMap<String, Object> form = form(file("custody-estate.md", large));
		form.add("audience", "STAFF");
		ResponseEntity<Map> accepted = http.postForEntity("/api/knowledge/documents", multipart(form), Map.class);

		assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
		String id = (String) accepted.getBody().get("id");
		assertThat(accepted.getHeaders().getLocation()).hasToString("/api/knowledge/documents/uploads/" + id);
		assertThat(accepted.getBody()).containsEntry("state", "QUEUED")
			.containsEntry("fileName", "custody-estate.md")
			.containsEntry("uploader", "sec-1")
			.containsEntry("audience", "STAFF");
		List<Integer> percents = new ArrayList<>();
		Map<String, Object> done = await().atMost(Duration.ofMinutes(2))
			.pollInterval(Duration.ofMillis(25))
			.until(() -> {
				Map<String, Object> status = http.getForObject(accepted.getHeaders().getLocation(), Map.class);
				percents.add((Integer) status.get("percent"));
				return status;
			}, status -> "DONE".equals(status.get("state")) || "FAILED".equals(status.get("state")));

		assertThat(done).containsEntry("state", "DONE").containsEntry("percent", 100);
		assertThat(percents).isSorted().anyMatch(percent -> percent > 0 && percent < 100);
		Map<String, Object> document = (Map<String, Object>) done.get("document");
		assertThat(document).containsEntry("title", "Custody estate review").containsEntry("audience", "STAFF");
		assertThat((List<Map<String, Object>>) http.getForObject("/api/knowledge/documents", List.class))
			.anyMatch(listed -> document.get("id").equals(listed.get("id")));
		Map<String, Object> answer = ask("when does the Thetford custody suite reopen?", "STAFF");
		assertThat((List<Map<String, Object>>) answer.get("citations"))
			.anyMatch(c -> document.get("id").equals(c.get("documentId")));
		// its many passages would compete with the other tests' small documents
		http.delete("/api/knowledge/documents/" + document.get("id"));
	}

	@Test
	void unknownUploadIsAProblemDocument() {
		ResponseEntity<Map> response = http.getForEntity("/api/knowledge/documents/uploads/no-such-upload", Map.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
		assertThat((String) response.getBody().get("detail")).isEqualTo("No upload has id no-such-upload.");
	}

	@Test
	void onlyThoseWhoMayUploadFollowAnUpload() {
		TrialCallers.actAs(http, "staff-1");
		assertThat(http.getForEntity("/api/knowledge/documents/uploads/any", Map.class).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
	}

	/**
	 * An instance that stopped in the middle (killed, or restarted) leaves its jobs
	 * unfinished and the file's bytes are gone: once it has been silent long enough, the
	 * job says so and asks for the file again.
	 */
	@Test
	void uploadLeftUnfinishedByAStoppedInstanceIsReportedFailed() {
		Instant longAgo = clock.instant().minus(Duration.ofMinutes(10));
		for (String state : List.of("QUEUED", "RUNNING")) {
			mongo.insert(new Document("_id", "interrupted-" + state).append("fileName", "annual-report.pdf")
				.append("uploader", "sec-1")
				.append("audience", "STAFF")
				.append("state", state)
				.append("percent", 40)
				.append("stage", "embedding")
				.append("instance", "a-stopped-instance")
				.append("createdAt", Date.from(longAgo))
				.append("updatedAt", Date.from(longAgo))
				.append("heartbeatAt", Date.from(longAgo)), "knowledge_uploads");
		}

		uploads.sweep();

		for (String state : List.of("QUEUED", "RUNNING")) {
			Map<String, Object> status = http.getForObject("/api/knowledge/documents/uploads/interrupted-" + state,
					Map.class);
			assertThat(status).containsEntry("state", "FAILED");
			assertThat((String) status.get("failure")).contains("restarted").contains("send it again");
		}
	}

	@Test
	void badAskRequestsAreExplained() {
		HttpHeaders json = new HttpHeaders();
		json.setContentType(MediaType.APPLICATION_JSON);
		ResponseEntity<Map> malformed = http.postForEntity("/api/knowledge/ask",
				new HttpEntity<>("{\"question\":", json), Map.class);
		assertThat(malformed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(malformed.getBody()).containsKey("detail").doesNotContainKey("trace");

		ResponseEntity<Map> empty = http.postForEntity("/api/knowledge/ask", Map.of("question", " "), Map.class);
		assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

		// Roles come from who signed in, never from the body.
		ResponseEntity<Map> role = http.postForEntity("/api/knowledge/ask",
				Map.of("question", "what is SGB?", "role", "ADMIN"), Map.class);
		assertThat(role.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat((String) role.getBody().get("detail")).contains("role");
	}

	@Test
	void aQuestionOverTheLimitIsRefusedWithTheLimit() {
		ResponseEntity<Map> response = http.postForEntity("/api/knowledge/ask", Map.of("question", "why ".repeat(2500)),
				Map.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat((String) response.getBody().get("detail")).contains("at most 1000 characters");
		ResponseEntity<Map> symbols = http.postForEntity("/api/knowledge/ask", Map.of("question", "🤔🤔"), Map.class);
		assertThat(symbols.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat((String) symbols.getBody().get("detail")).contains("in words");
	}

	@Test
	void malformedUploadsAreRefusedWithASentence() throws Exception {
		String url = http.getRootUri() + "/api/knowledge/documents";
		java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
		String nulName = "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a\u0000.md\"\r\n"
				+ "Content-Type: text/markdown\r\n\r\n# A\nText.\r\n--b--\r\n";
		String truncated = "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.md\"\r\n\r\n# A";
		StringBuilder many = new StringBuilder();
		for (int i = 0; i < 100; i++) {
			many.append("--b\r\nContent-Disposition: form-data; name=\"audience\"\r\n\r\nSTAFF\r\n");
		}
		many.append("--b--\r\n");
		for (var body : List.of(Map.entry("multipart/form-data; boundary=b", nulName),
				Map.entry("multipart/form-data; boundary=b", truncated), Map.entry("multipart/form-data", nulName),
				Map.entry("multipart/form-data; boundary=b", many.toString()))) {
			var response = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
				.header("Content-Type", body.getKey())
				.header("X-Quorum-User", "sec-1")
				.POST(java.net.http.HttpRequest.BodyPublishers.ofString(body.getValue()))
				.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
			// Too many parts is a form too large (413); the rest are malformed (400).
			assertThat(response.statusCode()).as(body.getValue())
				.isEqualTo(body.getValue().equals(many.toString()) ? 413 : 400);
			assertThat(response.headers().firstValue("Content-Type"))
				.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		}
		assertThat(http.getForObject("/api/knowledge/documents", String.class)).doesNotContain("a\u0000");
	}

	/** Asked as a user holding the role: an unmapped user is a candidate. */
	private Map<String, Object> ask(String question, String role) {
		HttpHeaders as = new HttpHeaders();
		as.set("X-Quorum-User", switch (role) {
			case "STAFF" -> "staff-1";
			case "CANDIDATE" -> "someone-new";
			default -> throw new IllegalArgumentException(role);
		});
		ResponseEntity<Map> response = http.postForEntity("/api/knowledge/ask",
				new HttpEntity<>(Map.of("question", question), as), Map.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		return response.getBody();
	}

	private ResponseEntity<Map> upload(String name, String text, String audience) {
		MultiValueMap<String, Object> form = form(file(name, text.getBytes(StandardCharsets.UTF_8)));
		form.add("audience", audience);
		ResponseEntity<Map> response = http.postForEntity("/api/knowledge/documents", multipart(form), Map.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		return response;
	}

	private static MultiValueMap<String, Object> form(Object file) {
		MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
		form.add("file", file);
		return form;
	}

	private static HttpEntity<MultiValueMap<String, Object>> multipart(MultiValueMap<String, Object> form) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		return new HttpEntity<>(form, headers);
	}

	private static ByteArrayResource file(String name, byte[] bytes) {
		return new ByteArrayResource(bytes) {
			@Override
			public String getFilename() {
				return name;
			}
		};
	}

}
