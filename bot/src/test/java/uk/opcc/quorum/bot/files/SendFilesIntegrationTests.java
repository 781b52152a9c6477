package uk.opcc.quorum.bot.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import uk.opcc.quorum.bot.RunningQuorum;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

/**
 * Sending an agenda pack or a decision notice into a personal chat with Teams' file
 * consent, end to end: the consent card Quorum sends, the invoke Teams posts when the
 * person allows or declines, the PUT to the upload address Teams gives (a WireMock stub,
 * like the connector) and the file card that follows.
 */
class SendFilesIntegrationTests extends RunningQuorum {

	private static final JsonMapper JSON = new JsonMapper();

	private static final String CONSENT = "application/vnd.microsoft.teams.card.file.consent";

	private static final String FILE_INFO = "application/vnd.microsoft.teams.card.file.info";

	private static final Map<String, Object> SECTIONS = Map.ofEntries(
			Map.entry("summary", "Extend the victims' referral service by a year."),
			Map.entry("recommendation", "That the Police and Crime Commissioner approves the extension."),
			Map.entry("background", "The contract ends in March and the new tender is not ready."),
			Map.entry("options", "Extend; re-tender now."), Map.entry("reasons", "Keeps the service running."),
			Map.entry("financial", "GBP 410,000 from the victims' grant."),
			Map.entry("legal", "The contract allows one extension."));

	@Test
	void theConsentCardOffersTheNoticeWithItsSizeAndOnlyItsIdentifiers() throws IOException {
		Notice notice = notice("Victims' referral service extension");
		String chat = newChat();

		post(message(chat, "staff-1", "send notice " + notice.number()));

		JsonNode attachment = attachment(awaitReply(chat, CONSENT));
		assertThat(attachment.get("contentType").asString()).isEqualTo(CONSENT);
		assertThat(attachment.get("name").asString()).isEqualTo("decision-" + notice.slug() + ".docx");
		JsonNode card = attachment.get("content");
		// the document is made afresh for each request, and its timestamps change the
		// compressed length by a byte or two
		assertThat(card.get("sizeInBytes").asLong()).isCloseTo(restDocx(notice.id()).length, within(16L));
		assertThat(card.get("description").asString()).contains(notice.number())
			.contains("Victims' referral service extension");
		Map<String, Object> identifiers = Map.of("kind", "notice", "id", notice.id());
		assertThat(JSON.convertValue(card.get("acceptContext"), Map.class)).isEqualTo(identifiers);
		assertThat(JSON.convertValue(card.get("declineContext"), Map.class)).isEqualTo(identifiers);
		assertThat(attachment.toString()).doesNotContain("GBP 212");
	}

	@Test
	void allowingTheFileUploadsTheDocumentInOnePutAndShowsIt() throws IOException {
		Notice notice = notice("Estate disposal");
		String chat = newChat();
		connector.stubFor(put(urlPathEqualTo("/upload/session-1")).willReturn(aResponse().withStatus(201)));

		ResponseEntity<String> answered = http.postForEntity("/api/messages",
				consent(chat, "staff-1", "accept", Map.of("kind", "notice", "id", notice.id()), "session-1"),
				String.class);

		assertThat(answered.getStatusCode()).isEqualTo(HttpStatus.OK);
		LoggedRequest upload = awaitUpload("session-1");
		byte[] bytes = upload.getBody();
		int n = bytes.length;
		assertThat(n).isGreaterThan(1000);
		assertThat(upload.getHeader("Content-Range")).isEqualTo("bytes 0-" + (n - 1) + "/" + n);
		assertThat(upload.getHeader("Content-Length")).isEqualTo(String.valueOf(n));
		// made again at accept time: the text is the download's, only the zip's
		// timestamps
		// (and so its compressed length, by a byte or two) may differ
		byte[] download = restDocx(notice.id());
		assertThat(entry(bytes, "word/document.xml")).isEqualTo(entry(download, "word/document.xml"))
			.contains(notice.number())
			.doesNotContain("GBP 212");

		JsonNode file = attachment(awaitReply(chat, FILE_INFO));
		assertThat(file.get("contentUrl").asString())
			.isEqualTo("https://opcc.sharepoint.com/personal/staff/quorum.docx");
		assertThat(file.get("name").asString()).as("the name Teams gave the upload").isEqualTo("quorum.docx");
		assertThat(file.get("content").get("uniqueId").asString()).isEqualTo("unique-session-1");
		assertThat(file.get("content").get("fileType").asString()).isEqualTo("docx");
	}

	@Test
	void decliningSaysNotSent() {
		Notice notice = notice("Fleet replacement");
		String chat = newChat();

		ResponseEntity<String> answered = http.postForEntity("/api/messages",
				consent(chat, "staff-1", "decline", Map.of("kind", "notice", "id", notice.id()), null), String.class);

		assertThat(answered.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(awaitReply(chat, "Not sent.")).doesNotContain(FILE_INFO);
	}

	@Test
	void anUploadTheAddressRefusesIsASentenceAndTheInvokeIsStillAnswered() {
		Notice notice = notice("Custody suite refurbishment");
		String chat = newChat();
		connector.stubFor(put(urlPathEqualTo("/upload/session-500")).willReturn(aResponse().withStatus(500)));

		ResponseEntity<String> answered = http.postForEntity("/api/messages",
				consent(chat, "staff-1", "accept", Map.of("kind", "notice", "id", notice.id()), "session-500"),
				String.class);

		assertThat(answered.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(awaitReply(chat, "could not be uploaded")).contains("decision-" + notice.slug() + ".docx")
			.doesNotContain("Exception");
		assertThat(sentTo(chat)).noneMatch(body -> body.contains(FILE_INFO));
	}

	@Test
	void inAChannelTheRequestIsASentenceWithThePublicPageAndNothingIsOffered() {
		Notice notice = notice("Rural crime partnership grant");
		publish(notice.id());
		String channel = "19:channel-" + UUID.randomUUID();
		Map<String, Object> activity = message(channel, "staff-1", "send notice " + notice.number());
		activity.put("conversation", Map.of("id", channel, "conversationType", "channel", "tenantId", "tenant-opcc"));

		post(activity);

		assertThat(awaitReply(channel, "personal chat with Quorum")).contains("send notice " + notice.number())
			.contains("https://quorum.opcc.test/register/" + notice.slug());
		assertThat(sentTo(channel)).noneMatch(body -> body.contains(CONSENT));
	}

	@Test
	void someoneWhoMayNotReadNoticesIsRefusedWhenAskingAndWhenAccepting() {
		Notice notice = notice("Commercially sensitive estate sale",
				Map.of("text", "Offer received: GBP 212 per square foot.", "reason", "commercially sensitive"));
		String asked = newChat();

		post(message(asked, "stranger", "send notice " + notice.number()));

		assertThat(awaitReply(asked, "needs the role")).contains("OPCC staff").doesNotContain(notice.id());
		assertThat(sentTo(asked)).noneMatch(body -> body.contains(CONSENT));

		// a consent answer naming the notice, as if a card had reached them
		String accepted = newChat();
		connector.stubFor(put(urlPathEqualTo("/upload/session-stranger")).willReturn(aResponse().withStatus(201)));
		ResponseEntity<String> answered = http.postForEntity("/api/messages", consent(accepted, "stranger", "accept",
				Map.of("kind", "notice", "id", notice.id()), "session-stranger"), String.class);

		assertThat(answered.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(awaitReply(accepted, "needs the role")).contains("OPCC staff");
		assertThat(connector.findAll(putRequestedFor(urlPathMatching("/upload/.*")))).isEmpty();
	}

	@Test
	void aNoticeWithdrawnBeforeTheFileIsAllowedIsNotSent() {
		Notice notice = notice("Mounted section review");
		String chat = newChat();
		post(message(chat, "staff-1", "send notice " + notice.number()));
		awaitReply(chat, CONSENT);
		ResponseEntity<Map> withdrawn = http.exchange("/api/decisions/" + notice.id() + "/transitions", HttpMethod.POST,
				as("staff-1", Map.of("to", "WITHDRAWN", "comment", "Overtaken by the review.")), Map.class);
		assertThat(withdrawn.getBody()).containsEntry("status", "WITHDRAWN");

		http.postForEntity("/api/messages",
				consent(chat, "staff-1", "accept", Map.of("kind", "notice", "id", notice.id()), "session-withdrawn"),
				String.class);

		assertThat(awaitReply(chat, "has been withdrawn")).contains(notice.number());
		assertThat(connector.findAll(putRequestedFor(urlPathMatching("/upload/.*")))).isEmpty();
	}

	@Test
	void theAgendaPackOfTheNextMeetingIsOfferedByCommandAndByTheAgendaCardsButton() throws IOException {
		// a time no other test gives an SGB meeting, since the store is shared, and the
		// clock
		// the day before, so that it is the meeting the board is working towards
		Map<?, ?> meeting = http.postForObject("/api/meetings",
				Map.of("board", "SGB", "start", "2027-06-15T13:00:00Z", "end", "2027-06-15T14:00:00Z"), Map.class);
		String meetingId = (String) meeting.get("id");
		clock.set("2027-06-14T09:00:00Z");
		byte[] download = http.getForObject("/api/meetings/" + meetingId + "/agenda?format=docx", byte[].class);
		String chat = newChat();

		post(message(chat, "sec-1", "agenda SGB"));
		assertThat(awaitReply(chat, "Send me the file")).contains("\"verb\":\"files.send\"").contains(meetingId);
		post(message(chat, "sec-1", "send agenda sgb"));

		JsonNode offered = attachment(awaitReply(chat, CONSENT));
		assertThat(offered.get("name").asString()).isEqualTo("agenda-SGB-2027-06-15.docx");
		assertThat(offered.get("content").get("sizeInBytes").asLong()).isCloseTo(download.length, within(16L));
		assertThat(JSON.convertValue(offered.get("content").get("acceptContext"), Map.class))
			.isEqualTo(Map.of("kind", "agenda", "id", meetingId));

		String pressed = newChat();
		post(invoke(pressed, "sec-1", "files.send", Map.of("kind", "agenda", "id", meetingId)));
		assertThat(attachment(awaitReply(pressed, CONSENT)).get("name").asString())
			.isEqualTo("agenda-SGB-2027-06-15.docx");

		connector.stubFor(put(urlPathEqualTo("/upload/session-agenda")).willReturn(aResponse().withStatus(201)));
		http.postForEntity("/api/messages",
				consent(chat, "sec-1", "accept", Map.of("kind", "agenda", "id", meetingId), "session-agenda"),
				String.class);
		assertThat(entry(awaitUpload("session-agenda").getBody(), "word/document.xml"))
			.isEqualTo(entry(download, "word/document.xml"));
		awaitReply(chat, FILE_INFO);
	}

	@Test
	@SuppressWarnings("unchecked")
	void badRequestsAreSentences() {
		String chat = newChat();
		post(message(chat, "staff-1", "send minutes SGB"));
		assertThat(awaitReply(chat, "I can send")).contains("send agenda <board>").contains("send notice <number>");
		post(message(chat, "staff-1", "send notice 1999/001"));
		assertThat(awaitReply(chat, "There is no decision notice 1999/001")).doesNotContain("Exception");
		post(message(chat, "staff-1", "send notice"));
		assertThat(awaitReply(chat, "Say which one")).contains("send notice <number>");

		Map<String, Object> unknownAction = consent(chat, "staff-1", "maybe", Map.of("kind", "notice", "id", "x"),
				null);
		ResponseEntity<String> refused = http.postForEntity("/api/messages", unknownAction, String.class);
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(refused.getBody()).contains("neither accept nor decline");
		ResponseEntity<String> forgotten = http.postForEntity("/api/messages",
				consent(chat, "staff-1", "accept", Map.of("kind", "minutes", "id", "x"), "session-x"), String.class);
		assertThat(forgotten.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(awaitReply(chat, "no longer recognised")).isNotNull();

		// an upload address off Teams' file hosts is never sent a file
		Notice notice = notice("Victim services commissioning");
		Map<String, Object> elsewhere = consent(chat, "staff-1", "accept", Map.of("kind", "notice", "id", notice.id()),
				"session-elsewhere");
		Map<String, Object> value = new HashMap<>((Map<String, Object>) elsewhere.get("value"));
		Map<String, Object> info = new HashMap<>((Map<String, Object>) value.get("uploadInfo"));
		info.put("uploadUrl", "https://files.example.com/upload/session-elsewhere");
		value.put("uploadInfo", info);
		elsewhere.put("value", value);
		assertThat(http.postForEntity("/api/messages", elsewhere, String.class).getStatusCode())
			.isEqualTo(HttpStatus.OK);
		assertThat(awaitReply(chat, "upload address Quorum does not send files to")).isNotNull();
	}

	private record Notice(String id, String number) {

		String slug() {
			return number.replace('/', '-');
		}

	}

	private Notice notice(String title) {
		return notice(title, null);
	}

	private Notice notice(String title, Map<String, Object> part2) {
		Map<String, Object> body = new HashMap<>(Map.of("title", title, "sections", SECTIONS));
		if (part2 != null) {
			body.put("part2", part2);
		}
		ResponseEntity<Map> created = http.exchange("/api/decisions", HttpMethod.POST, as("staff-1", body), Map.class);
		assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		return new Notice((String) created.getBody().get("id"), (String) created.getBody().get("number"));
	}

	private void publish(String id) {
		move(id, "staff-1", Map.of("to", "IN_REVIEW"));
		move(id, "cfo-1", Map.of("to", "AWAITING_PCC"));
		move(id, "mo-1", Map.of("to", "AWAITING_PCC"));
		move(id, "pcc-1", Map.of("to", "SIGNED", "approve", true));
		assertThat(move(id, "staff-1", Map.of("to", "PUBLISHED"))).containsEntry("status", "PUBLISHED");
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> move(String id, String user, Map<String, Object> body) {
		return (Map<String, Object>) http
			.exchange("/api/decisions/" + id + "/transitions", HttpMethod.POST, as(user, body), Map.class)
			.getBody();
	}

	private byte[] restDocx(String id) {
		return http.exchange("/api/decisions/" + id + "/docx", HttpMethod.GET, as("staff-1", null), byte[].class)
			.getBody();
	}

	private static HttpEntity<Object> as(String user, Object body) {
		HttpHeaders headers = new HttpHeaders();
		headers.set("X-Quorum-User", user);
		headers.set("X-Quorum-Name", "User " + user);
		return new HttpEntity<>(body, headers);
	}

	/**
	 * The invoke Teams posts when the person answers a consent card; an accepted one
	 * names the upload session (a WireMock path) and where the file will be.
	 */
	private static Map<String, Object> consent(String chat, String user, String action, Map<String, Object> context,
			String session) {
		Map<String, Object> activity = message(chat, user, null);
		activity.put("type", "invoke");
		activity.put("name", "fileConsent/invoke");
		Map<String, Object> value = new HashMap<>(Map.of("type", "fileUpload", "action", action, "context", context));
		if (session != null) {
			value.put("uploadInfo",
					Map.of("name", "quorum.docx", "uploadUrl", connector.baseUrl() + "/upload/" + session, "contentUrl",
							"https://opcc.sharepoint.com/personal/staff/quorum.docx", "uniqueId", "unique-" + session,
							"fileType", "docx"));
		}
		activity.put("value", value);
		return activity;
	}

	private static LoggedRequest awaitUpload(String session) {
		return await().atMost(Duration.ofSeconds(20))
			.until(() -> connector.findAll(putRequestedFor(urlPathEqualTo("/upload/" + session))),
					uploads -> uploads.size() == 1)
			.get(0);
	}

	private static List<String> sentTo(String conversation) {
		String unique = conversation.substring(conversation.length() - 36);
		return connector.findAll(postRequestedFor(urlPathMatching("/v3/conversations/.*/activities.*")))
			.stream()
			.filter(r -> r.getUrl().contains(unique))
			.map(LoggedRequest::getBodyAsString)
			.toList();
	}

	private static JsonNode attachment(String activity) {
		return JSON.readTree(activity).get("attachments").get(0);
	}

	private static String entry(byte[] docx, String name) throws IOException {
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (entry.getName().equals(name)) {
					return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
				}
			}
		}
		throw new AssertionError(name + " is not in the document");
	}

}
