package uk.opcc.quorum.bot.decide;

import java.io.StringReader;
import java.util.List;
import java.util.Map;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import uk.opcc.quorum.bot.RunningQuorum;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Decide through the REST contract, the public register and Teams, on the running
 * application.
 */
class DecideIntegrationTests extends RunningQuorum {

	private static final Map<String, Object> SECTIONS = Map.ofEntries(
			Map.entry("summary", "Extend the victims' referral service by a year."),
			Map.entry("recommendation", "That the Police and Crime Commissioner approves the extension."),
			Map.entry("background", "The contract ends in March and the new tender is not ready."),
			Map.entry("options", "Extend; re-tender now."), Map.entry("reasons", "Keeps the service running."),
			Map.entry("financial", "GBP 410,000 from the victims' grant."),
			Map.entry("legal", "The contract allows one extension."));

	/**
	 * Roles come from the test configuration (quorum.teams.users), never from the
	 * request.
	 */
	private HttpEntity<Object> as(String user, Object body) {
		HttpHeaders headers = new HttpHeaders();
		headers.set("X-Quorum-User", user);
		headers.set("X-Quorum-Name", "User " + user);
		return new HttpEntity<>(body, headers);
	}

	private ResponseEntity<Map> move(String id, String user, Map<String, Object> body) {
		return http.exchange("/api/decisions/" + id + "/transitions", HttpMethod.POST, as(user, body), Map.class);
	}

	private String create(String title, Map<String, Object> part2) {
		Map<String, Object> body = new java.util.HashMap<>(Map.of("title", title, "sections", SECTIONS));
		if (part2 != null) {
			body.put("part2", part2);
		}
		ResponseEntity<Map> created = http.exchange("/api/decisions", HttpMethod.POST, as("staff-1", body), Map.class);
		assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat((String) created.getBody().get("number")).matches("2027/\\d{3}");
		return (String) created.getBody().get("id");
	}

	@Test
	void fromDraftToThePublicRegisterOverRest() throws Exception {
		String id = create("Victims' referral service extension",
				Map.of("text", "Provider rates: GBP 212 an hour.", "reason", "commercially sensitive"));

		assertThat(move(id, "staff-1", Map.of("to", "IN_REVIEW")).getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(move(id, "staff-1", Map.of("to", "AWAITING_PCC")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(move(id, "cfo-1", Map.of("to", "AWAITING_PCC")).getBody()).containsEntry("status", "IN_REVIEW");
		assertThat(move(id, "mo-1", Map.of("to", "AWAITING_PCC")).getBody()).containsEntry("status", "AWAITING_PCC");
		assertThat(move(id, "pcc-1", Map.of("to", "SIGNED", "approve", true)).getBody()).containsEntry("status",
				"SIGNED");

		ResponseEntity<String> edit = http.exchange("/api/decisions/" + id, HttpMethod.PATCH,
				as("staff-1", Map.of("title", "Changed after signing")), String.class);
		assertThat(edit.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(edit.getBody()).contains("is signed and cannot be edited");

		Map<String, Object> published = move(id, "staff-1", Map.of("to", "PUBLISHED")).getBody();
		String number = (String) published.get("number");
		assertThat(http.getForObject("/api/decisions/" + id + "/audit", List.class)).hasSize(6);

		String register = http.getForObject("/register", String.class);
		assertThat(register).contains(number)
			.contains("Victims&#39; referral service extension")
			.doesNotContain("GBP 212");
		assertThat(http.getForObject("/register/" + number, String.class)).contains("Extend the victims");
		ResponseEntity<String> unknown = http.getForEntity("/register/1999/001", String.class);
		assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(unknown.getHeaders().getContentType().toString()).startsWith("text/html");
		assertThat(http.getForObject("/register/" + number.replace('/', '-'), String.class))
			.contains("Extend the victims")
			.contains("commercially sensitive")
			.doesNotContain("GBP 212");
		SyndFeed feed = new SyndFeedInput()
			.build(new StringReader(http.getForObject("/register/feed.atom", String.class)));
		assertThat(feed.getEntries()).anySatisfy(e -> assertThat(e.getTitle()).startsWith(number));
		ResponseEntity<byte[]> pdf = http.getForEntity("/api/decisions/" + id + "/pdf", byte[].class);
		assertThat(pdf.getHeaders().getContentType()).hasToString("application/pdf");
		try (var document = Loader.loadPDF(pdf.getBody())) {
			assertThat(new PDFTextStripper().getText(document)).contains(number).doesNotContain("GBP 212");
		}
		assertThat(http.getForEntity("/api/decisions/" + id + "/docx", byte[].class).getHeaders().getContentType())
			.hasToString("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
		assertThat(http.getForObject("/api/decisions/" + id + "/md", String.class)).contains("## Recommendation");
	}

	@Test
	void refusalsAreSentencesWithTheRightStatus() {
		String id = create("Estate disposal", null);

		ResponseEntity<String> outOfOrder = http.exchange("/api/decisions/" + id + "/transitions", HttpMethod.POST,
				as("pcc-1", Map.of("to", "SIGNED", "approve", true)), String.class);
		assertThat(outOfOrder.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(outOfOrder.getBody()).contains("is DRAFT; from there it can go to");
		assertThat(http.getForEntity("/api/decisions/no-such-id", String.class).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		HttpEntity<Object> claimingToBeThePcc = as("staff-1", Map.of("to", "SIGNED", "approve", true));
		HttpHeaders claimed = new HttpHeaders();
		claimed.putAll(claimingToBeThePcc.getHeaders());
		claimed.set("X-Quorum-Roles", "PCC");
		String awaitingPcc = create("Estate disposal, second site", null);
		move(awaitingPcc, "staff-1", Map.of("to", "IN_REVIEW"));
		move(awaitingPcc, "cfo-1", Map.of("to", "AWAITING_PCC"));
		move(awaitingPcc, "mo-1", Map.of("to", "AWAITING_PCC"));
		ResponseEntity<String> notThePcc = http.exchange("/api/decisions/" + awaitingPcc + "/transitions",
				HttpMethod.POST, new HttpEntity<>(claimingToBeThePcc.getBody(), claimed), String.class);
		assertThat(notThePcc.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(http.getForObject("/api/decisions/" + awaitingPcc, Map.class)).containsEntry("status",
				"AWAITING_PCC");
		ResponseEntity<String> misspelt = http.exchange("/api/decisions", HttpMethod.POST,
				as("staff-1", Map.of("title", "Fleet", "sections", Map.of("financal", "GBP 2m"))), String.class);
		assertThat(misspelt.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(misspelt.getBody()).contains("Unknown field 'financal' in sections").contains("financial");
		// One spelling per field: another office's name for a section is refused by name,
		// like a misspelling.
		ResponseEntity<String> otherNames = http.exchange("/api/decisions", HttpMethod.POST,
				as("staff-1",
						Map.of("title", "Fleet", "sections", Map.of("executiveSummary", "Replace ten patrol cars."))),
				String.class);
		assertThat(otherNames.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(otherNames.getBody()).contains("Unknown field 'executiveSummary' in sections").contains("summary");
		ResponseEntity<String> nowhere = http.exchange("/api/decisions/" + id + "/transitions", HttpMethod.POST,
				as("staff-1", Map.of("to", "FLYING")), String.class);
		assertThat(nowhere.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(nowhere.getBody()).contains("'FLYING' is not a valid to (expected one of DRAFT, IN_REVIEW");
		ResponseEntity<Map> incomplete = http.exchange("/api/decisions", HttpMethod.POST,
				as("staff-1", Map.of("title", "Only a title")), Map.class);
		String incompleteId = (String) incomplete.getBody().get("id");
		ResponseEntity<String> submit = http.exchange("/api/decisions/" + incompleteId + "/transitions",
				HttpMethod.POST, as("staff-1", Map.of("to", "IN_REVIEW")), String.class);
		assertThat(submit.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(submit.getBody()).contains("Executive summary, Recommendation");
		assertThat(http.getForObject("/api/decisions/" + incompleteId, Map.class)).containsEntry("status", "DRAFT");
	}

	@Test
	void officersAreToldInTeamsAndSignFromTheCard() {
		String cfoChat = newChat();
		post(message(cfoChat, "cfo-1", "help"));
		awaitReply(cfoChat, "AdaptiveCard");
		String id = create("Custody visiting scheme renewal", null);

		move(id, "staff-1", Map.of("to", "IN_REVIEW"));
		String told = awaitReply(cfoChat, "awaits your review");
		assertThat(told).contains("Custody visiting scheme renewal");

		post(invoke(cfoChat, "cfo-1", "decide.show", Map.of("id", id)));
		assertThat(awaitReply(cfoChat, "\"verb\":\"decide.transition\"")).contains("Approve")
			.contains("Return to draft");
		post(invoke(cfoChat, "cfo-1", "decide.transition", Map.of("id", id, "to", "AWAITING_PCC")));
		assertThat(awaitReply(cfoChat, "approved by User cfo-1")).contains("IN_REVIEW");
	}

	@Test
	void staffDraftInTeamsAndFromTheMinutes() {
		String chat = newChat();
		post(message(chat, "staff-1", "draft Renew the independent custody visitors scheme for three years."));
		assertThat(awaitReply(chat, "Draft a decision notice?")).contains("\"verb\":\"decide.draft\"");
		assertThat(http.getForObject("/api/decisions", String.class)).as("nothing drafted before the button")
			.doesNotContain("custody visitors scheme");
		post(invoke(chat, "staff-1", "decide.draft",
				Map.of("text", "Renew the independent custody visitors scheme for three years.")));
		assertThat(awaitReply(chat, "Drafted from the template")).isNotNull();
		assertThat(awaitReply(chat, "Decision notice 2027/")).contains("Renew the independent custody visitors scheme")
			.contains("Submit for review");

		Map<?, ?> meeting = http.postForObject("/api/meetings",
				Map.of("board", "SGB", "start", "2027-01-12T10:00:00Z", "end", "2027-01-12T12:00:00Z"), Map.class);
		String meetingId = (String) meeting.get("id");
		clock.set("2027-01-12T11:00:00Z");
		http.put("/api/meetings/" + meetingId + "/minutes", Map.of("items", List.of(Map.of("itemId", "s4", "decisions",
				List.of("To replace the rural patrol fleet with electric cars.")))));
		String secretaryChat = newChat();
		post(invoke(secretaryChat, "sec-1", "decide.from-minutes", Map.of("meeting", meetingId, "decision", 0)));
		assertThat(awaitReply(secretaryChat, "Decision notice 2027/")).contains("From")
			.contains("SGB, 2027-01-12")
			.contains("electric cars");
	}

}
