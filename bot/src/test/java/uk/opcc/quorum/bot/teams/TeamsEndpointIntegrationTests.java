package uk.opcc.quorum.bot.teams;

import java.time.Duration;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.cache.CacheManager;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import org.springframework.data.mongodb.core.MongoTemplate;

import uk.opcc.quorum.bot.LargeDocument;
import uk.opcc.quorum.bot.MicrosoftStandIn;
import uk.opcc.quorum.bot.QuorumIntegrationTest;
import uk.opcc.quorum.bot.command.BotMessage;
import uk.opcc.quorum.bot.proactive.ProactiveMessenger;
import uk.opcc.quorum.bot.security.Role;
import uk.opcc.quorum.bot.system.CacheProperties;
import uk.opcc.quorum.knowledge.Audience;
import uk.opcc.quorum.knowledge.KnowledgeService;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The Bot Framework endpoint end to end: activities posted as Teams posts them, replies
 * checked where Teams would receive them, {@link MicrosoftStandIn} standing in for the
 * connector at the activity's serviceUrl and for Graph. No app id is configured, so the
 * adapter runs unauthenticated, as with the emulator.
 */
@QuorumIntegrationTest
class TeamsEndpointIntegrationTests {

	@org.springframework.beans.factory.annotation.Autowired
	Roles roles;

	static final WireMockServer connector = MicrosoftStandIn.server();

	@Autowired
	TestRestTemplate http;

	@Autowired
	ProactiveMessenger messenger;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	CacheManager caches;

	@Autowired
	KnowledgeService knowledge;

	@BeforeEach
	void connectorAcceptsEverything() {
		MicrosoftStandIn.reset();
		// Group lookups other classes in this context made must not answer for the groups
		// these tests stub.
		caches.getCache(CacheProperties.GROUPS_OF_USER).clear();
		caches.getCache(CacheProperties.MEMBERS_OF_GROUP).clear();
	}

	@Test
	void helpInPersonalChatAnswersWithCard() {
		String conversation = "personal-" + UUID.randomUUID();
		assertThat(deliver(message(conversation, "personal", "staff-1", "help", "tenant-opcc")).getStatusCode())
			.isEqualTo(HttpStatus.OK);

		String card = awaitReply(conversation, "AdaptiveCard");
		assertThat(card).contains("What I can do")
			.contains("\"version\":\"1.5\"")
			.contains("what documents do you answer from?");
	}

	@Test
	void candidateHelpOmitsStaffCommandsAndStaffCommandIsRefusedWithRole() {
		String conversation = "personal-" + UUID.randomUUID();
		deliver(message(conversation, "personal", "stranger", "help", "tenant-opcc"));
		assertThat(awaitReply(conversation, "AdaptiveCard")).doesNotContain("what documents do you answer from?");

		String second = "personal-" + UUID.randomUUID();
		deliver(message(second, "personal", "stranger", "sources", "tenant-opcc"));
		assertThat(awaitReply(second, "needs the role")).contains("OPCC staff");
	}

	@Test
	void channelMentionIsStrippedBeforeTheCommandIsRead() {
		// The second is formatted, with the non-breaking space Teams leaves after a
		// mention: read as plain text.
		for (String text : List.of("<at>Quorum</at> help", "<at>Quorum</at>&nbsp;<p>help</p>")) {
			String conversation = "19:channel-" + UUID.randomUUID();
			Map<String, Object> activity = message(conversation, "channel", "staff-1", text, "tenant-opcc");
			activity.put("entities", List.of(Map.of("type", "mention", "text", "<at>Quorum</at>", "mentioned",
					Map.of("id", "quorum-bot", "name", "Quorum"))));
			deliver(activity);
			assertThat(awaitReply(conversation, "AdaptiveCard")).contains("What I can do");
		}
	}

	@Test
	void rolesComeFromEntraGroupsThroughGraph() {
		graphIssuesTokens();
		connector.stubFor(post(urlPathMatching("/graph/v1.0/users/grp-user/getMemberGroups"))
			.withHeader("Authorization", com.github.tomakehurst.wiremock.client.WireMock.equalTo("Bearer graph-token"))
			.willReturn(aResponse().withHeader("Content-Type", "application/json")
				.withBody("{\"value\":[\"grp-other\",\"grp-secretaries\"]}")));
		String conversation = "personal-" + UUID.randomUUID();

		deliver(message(conversation, "personal", "grp-user", "help", "tenant-opcc"));

		assertThat(awaitReply(conversation, "AdaptiveCard")).contains("what documents do you answer from?")
			.contains("board secretary");
	}

	@Test
	void roleHoldersIncludeTheMembersOfMappedGroupsAcrossGraphPages() {
		graphIssuesTokens();
		String members = "/graph/v1.0/groups/grp-secretaries/transitiveMembers/microsoft.graph.user";
		connector.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlPathMatching(members))
			.withQueryParam("$skiptoken", com.github.tomakehurst.wiremock.client.WireMock.absent())
			.withHeader("Authorization", com.github.tomakehurst.wiremock.client.WireMock.equalTo("Bearer graph-token"))
			.willReturn(aResponse().withHeader("Content-Type", "application/json")
				.withBody("{\"value\":[{\"id\":\"grp-sec-a\"}],\"@odata.nextLink\":\"" + connector.baseUrl() + members
						+ "?$skiptoken=page2\"}")));
		connector.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlPathMatching(members))
			.withQueryParam("$skiptoken", com.github.tomakehurst.wiremock.client.WireMock.equalTo("page2"))
			.willReturn(aResponse().withHeader("Content-Type", "application/json")
				.withBody("{\"value\":[{\"id\":\"grp-sec-b\"}]}")));

		assertThat(roles.holders(Set.of(Role.SECRETARY))).containsExactly("grp-sec-a", "grp-sec-b", "sec-1");
		// Only the configured commissioner: no group is mapped to PCC.
		assertThat(roles.holders(Set.of(Role.PCC))).containsExactly("pcc-1");
	}

	private static void graphIssuesTokens() {
		connector.stubFor(post(urlPathMatching("/tenant/oauth2/v2.0/token"))
			.willReturn(aResponse().withHeader("Content-Type", "application/json")
				.withBody("{\"access_token\":\"graph-token\",\"expires_in\":3600,\"token_type\":\"Bearer\"}")));
	}

	@Test
	void graphFailureGrantsNothing() {
		connector.stubFor(post(urlPathMatching("/tenant/oauth2/v2.0/token")).willReturn(aResponse().withStatus(500)));
		String conversation = "personal-" + UUID.randomUUID();

		deliver(message(conversation, "personal", "grp-user-2", "help", "tenant-opcc"));

		assertThat(awaitReply(conversation, "AdaptiveCard")).doesNotContain("what documents do you answer from?");
	}

	@Test
	void secretarySendsAFileInTeamsAndItIsIndexedAndCited() {
		connector.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlPathMatching("/files/estates-note.md"))
			.willReturn(aResponse()
				.withBody("# Estates note\n\n## Depots\n\nThe Hethersett depot closes in June 2027.\n")));
		String conversation = "personal-" + UUID.randomUUID();
		Map<String, Object> upload = message(conversation, "personal", "sec-1", "upload staff", "tenant-opcc");
		upload.put("attachments",
				List.of(Map.of("contentType", "application/vnd.microsoft.teams.file.download.info", "name",
						"estates-note.md", "content",
						Map.of("downloadUrl", connector.baseUrl() + "/files/estates-note.md", "fileType", "md"))));
		deliver(upload);
		assertThat(awaitReply(conversation, "Indexed")).contains("Estates note").contains("staff readers");

		String asked = "personal-" + UUID.randomUUID();
		deliver(message(asked, "personal", "staff-1", "when does the Hethersett depot close?", "tenant-opcc"));
		assertThat(awaitReply(asked, "AdaptiveCard")).contains("June 2027").contains("Estates note");
	}

	@Test
	void largeFileInPersonalChatShowsItsProgressInOneMessageThenTheResult() {
		byte[] large = LargeDocument.of("Rural crime plan",
				"The rural crime team gains four wildlife officers in April 2028.", 202);
		connector.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlPathMatching("/files/rural-crime.md"))
			.willReturn(aResponse().withBody(large)));
		String conversation = "personal-" + UUID.randomUUID();
		Map<String, Object> upload = message(conversation, "personal", "sec-1", "upload staff", "tenant-opcc");
		upload.put("attachments",
				List.of(Map.of("contentType", "application/vnd.microsoft.teams.file.download.info", "name",
						"rural-crime.md", "content",
						Map.of("downloadUrl", connector.baseUrl() + "/files/rural-crime.md", "fileType", "md"))));
		deliver(upload);

		assertThat(awaitReply(conversation, "Indexing rural-crime.md: 0%")).isNotNull();
		String unique = conversation.substring(conversation.length() - 36);
		List<String> edits = await().atMost(Duration.ofMinutes(2))
			.until(() -> edits(unique), sent -> sent.stream().anyMatch(body -> body.contains("Indexed **")));
		assertThat(edits.get(edits.size() - 1)).contains("Indexed **Rural crime plan** for staff readers");
		assertThat(edits).allMatch(body -> body.contains("Indexing rural-crime.md: ") || body.contains("Indexed **"));
		assertThat(edits).anyMatch(body -> body.matches("(?s).*Indexing rural-crime\\.md: [1-9][0-9]?%.*"));
		// the one message moved on: nothing else was posted to the conversation
		assertThat(replies(conversation).stream().filter(r -> !r.getBodyAsString().contains("\"typing\""))).hasSize(1);
		knowledge.documents(EnumSet.allOf(Audience.class))
			.stream()
			.filter(document -> document.title().equals("Rural crime plan"))
			.forEach(document -> knowledge.delete(document.id()));
	}

	@Test
	void fileSharedInAChannelIsFetchedThroughGraphAndIndexed() {
		String sharePoint = connector.baseUrl() + "/sites/opcc/Shared%20Documents/General/ferry-note.md";
		String share = "u!" + Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(sharePoint.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		connector.stubFor(com.github.tomakehurst.wiremock.client.WireMock
			.get(urlPathEqualTo(MicrosoftStandIn.GRAPH + "/shares/" + share + "/driveItem/content"))
			.withHeader("Authorization", equalTo("Bearer " + MicrosoftStandIn.GRAPH_TOKEN))
			.willReturn(aResponse()
				.withBody("# Ferry note\n\n## Crossings\n\nThe Reedham chain ferry carries patrol cars free.\n")));
		String conversation = "19:channel-" + UUID.randomUUID();
		Map<String, Object> upload = message(conversation, "channel", "sec-1", "<at>Quorum</at> upload staff",
				"tenant-opcc");
		upload.put("entities", List.of(Map.of("type", "mention", "text", "<at>Quorum</at>", "mentioned",
				Map.of("id", "quorum-bot", "name", "Quorum"))));
		upload.put("attachments", List.of(
				Map.of("contentType", "text/html", "content",
						"<p><at>Quorum</at> upload staff <attachment id=\"f1\"></attachment></p>"),
				Map.of("contentType", "reference", "contentUrl", sharePoint, "name", "ferry-note.md", "id", "f1")));
		deliver(upload);

		assertThat(awaitReply(conversation, "Indexed")).contains("Ferry note").contains("staff readers");
		connector.verify(com.github.tomakehurst.wiremock.client.WireMock
			.getRequestedFor(urlPathEqualTo(MicrosoftStandIn.GRAPH + "/shares/" + share + "/driveItem/content")));
		assertThat(knowledge.documents(EnumSet.allOf(Audience.class)))
			.anyMatch(document -> document.title().equals("Ferry note"));
	}

	/**
	 * Graph usually answers the content with a redirect to a short-lived download
	 * address, which carries its own authorisation: Quorum's token must not go with it.
	 */
	@Test
	void channelFileFollowsGraphsRedirectWithoutTheToken() {
		String sharePoint = connector.baseUrl() + "/sites/opcc/Shared%20Documents/General/bridge-note.md";
		String share = "u!" + Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(sharePoint.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		connector.stubFor(com.github.tomakehurst.wiremock.client.WireMock
			.get(urlPathEqualTo(MicrosoftStandIn.GRAPH + "/shares/" + share + "/driveItem/content"))
			.willReturn(aResponse().withStatus(302)
				.withHeader("Location", connector.baseUrl() + "/download/bridge-note?tempauth=abc")));
		connector.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlPathEqualTo("/download/bridge-note"))
			.willReturn(aResponse()
				.withBody("# Bridge note\n\n## Closures\n\nThe Acle bridge closes to lorries in August.\n")));
		String conversation = "19:channel-" + UUID.randomUUID();
		Map<String, Object> upload = message(conversation, "channel", "sec-1", "<at>Quorum</at> upload staff",
				"tenant-opcc");
		upload.put("entities", List.of(Map.of("type", "mention", "text", "<at>Quorum</at>", "mentioned",
				Map.of("id", "quorum-bot", "name", "Quorum"))));
		upload.put("attachments",
				List.of(Map.of("contentType", "reference", "contentUrl", sharePoint, "name", "bridge-note.md")));
		deliver(upload);

		assertThat(awaitReply(conversation, "Indexed")).contains("Bridge note");
		assertThat(connector.findAll(com.github.tomakehurst.wiremock.client.WireMock
			.getRequestedFor(urlPathEqualTo("/download/bridge-note")))).singleElement()
			.satisfies(download -> assertThat(download.containsHeader("Authorization")).isFalse());
	}

	@Test
	void staffCannotUploadFiles() {
		String conversation = "personal-" + UUID.randomUUID();
		Map<String, Object> upload = message(conversation, "personal", "staff-1", "upload", "tenant-opcc");
		upload.put("attachments", List.of(Map.of("contentType", "application/vnd.microsoft.teams.file.download.info",
				"name", "x.md", "content", Map.of("downloadUrl", connector.baseUrl() + "/files/x.md"))));
		deliver(upload);
		assertThat(awaitReply(conversation, "needs the role")).contains("board secretary").contains("administrator");
	}

	@Test
	void groupChatIsAnsweredInTheGroup() {
		String conversation = "19:group-" + UUID.randomUUID();
		deliver(message(conversation, "groupChat", "staff-1", "help", "tenant-opcc"));
		assertThat(awaitReply(conversation, "AdaptiveCard")).contains("What I can do");
	}

	@Test
	void retriedActivityIsAnsweredOnce() throws Exception {
		String conversation = "personal-" + UUID.randomUUID();
		Map<String, Object> activity = message(conversation, "personal", "staff-1", "help", "tenant-opcc");
		deliver(activity);
		deliver(activity);
		awaitReply(conversation, "AdaptiveCard");
		Thread.sleep(500); // give a wrongly accepted retry the time to answer too
		assertThat(replies(conversation).stream().filter(r -> r.getBodyAsString().contains("AdaptiveCard"))).hasSize(1);
	}

	@Test
	void otherTenantIsPolitelyRefused() {
		String conversation = "personal-" + UUID.randomUUID();
		deliver(message(conversation, "personal", "staff-1", "help", "tenant-elsewhere"));
		assertThat(awaitReply(conversation, "only to the office")).doesNotContain("AdaptiveCard");
	}

	@Test
	void cardExecuteActionIsAcknowledgedAndAnswered() {
		String conversation = "personal-" + UUID.randomUUID();
		Map<String, Object> invoke = message(conversation, "personal", "staff-1", null, "tenant-opcc");
		invoke.put("type", "invoke");
		invoke.put("name", "adaptiveCard/action");
		invoke.put("value", Map.of("action", Map.of("type", "Action.Execute", "verb", "ask.feedback", "data",
				Map.of("useful", true, "verb", "ask.feedback"))));
		ResponseEntity<String> response = deliver(invoke);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(response.getBody()).contains("Working on it");
		assertThat(awaitReply(conversation, "glad it helped")).isNotNull();
		assertThat(mongo.getCollection("bot_answer_feedback").countDocuments()).isPositive();
	}

	@Autowired
	ActivityLedger ledger;

	@Test
	void forgetsActivityIdsOnlyOnceTeamsCanNoLongerRetryThem() {
		mongo.insert(
				new org.bson.Document("_id", "old-" + UUID.randomUUID()).append("seenAt",
						java.util.Date.from(java.time.Instant.now().minus(java.time.Duration.ofDays(2)))),
				ActivityLedger.COLLECTION);
		String recent = "recent-" + UUID.randomUUID();
		assertThat(ledger.firstSight(recent)).isTrue();

		assertThat(ledger.forgetOld()).isOne();
		assertThat(ledger.firstSight(recent)).isFalse();
	}

	@Test
	void proactiveMessageReachesSomeoneWhoHasSpokenToQuorum() {
		String conversation = "personal-" + UUID.randomUUID();
		deliver(message(conversation, "personal", "sec-1", "help", "tenant-opcc"));
		awaitReply(conversation, "AdaptiveCard");

		ProactiveMessenger.Delivery delivery = messenger.send("sec-1",
				BotMessage.text("Papers for the SGB are due Friday."));

		assertThat(delivery.delivered()).isTrue();
		assertThat(awaitReply(conversation, "Papers for the SGB are due Friday.")).isNotNull();
	}

	@Test
	void proactiveMessageToUnknownPersonIsRecordedAsUndelivered() {
		ProactiveMessenger.Delivery delivery = messenger.send("nobody-" + UUID.randomUUID(), BotMessage.text("Hello"));
		assertThat(delivery.delivered()).isFalse();
		assertThat(delivery.detail()).contains("install Quorum");
		assertThat(mongo.getCollection("bot_undelivered").countDocuments()).isPositive();
	}

	@Test
	void reactionIsKeptAsFeedback() {
		Map<String, Object> reaction = message("personal-" + UUID.randomUUID(), "personal", "staff-1", null,
				"tenant-opcc");
		reaction.put("type", "messageReaction");
		reaction.put("replyToId", "answer-42");
		reaction.put("reactionsAdded", List.of(Map.of("type", "like")));
		assertThat(deliver(reaction).getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(mongo.getCollection("bot_reactions")
			.countDocuments(new org.bson.Document("messageId", "answer-42").append("reaction", "like"))).isEqualTo(1);
	}

	@Test
	void throttledReplyIsSentAgainAfterRetryAfter() {
		String conversation = "personal-" + UUID.randomUUID();
		String unique = conversation.substring(conversation.length() - 36);
		connector.stubFor(post(urlPathMatching("/v3/conversations/.*" + unique + ".*")).atPriority(1)
			.withRequestBody(containing("AdaptiveCard"))
			.inScenario("throttle")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1"))
			.willSetStateTo("open"));
		connector.stubFor(post(urlPathMatching("/v3/conversations/.*" + unique + ".*")).atPriority(1)
			.withRequestBody(containing("AdaptiveCard"))
			.inScenario("throttle")
			.whenScenarioStateIs("open")
			.willReturn(aResponse().withStatus(200)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"id\":\"ok\"}")));

		deliver(message(conversation, "personal", "staff-1", "help", "tenant-opcc"));

		await().atMost(Duration.ofSeconds(20)).until(() -> cards(conversation).size() == 2);
		List<LoggedRequest> tries = cards(conversation);
		long gap = tries.get(1).getLoggedDate().getTime() - tries.get(0).getLoggedDate().getTime();
		assertThat(gap).isGreaterThanOrEqualTo(900);
	}

	@Test
	void failingConnectorIsRetriedThenRecordedAsUndelivered() {
		String conversation = "personal-" + UUID.randomUUID();
		deliver(message(conversation, "personal", "sec-1", "help", "tenant-opcc"));
		awaitReply(conversation, "AdaptiveCard");
		String unique = conversation.substring(conversation.length() - 36);
		connector.stubFor(post(urlPathMatching("/v3/conversations/.*" + unique + ".*")).atPriority(1)
			.willReturn(aResponse().withStatus(502).withHeader("Retry-After", "0")));
		long before = mongo.getCollection("bot_undelivered").countDocuments();

		ProactiveMessenger.Delivery delivery = messenger.send("sec-1", BotMessage.text("Agenda issued"));

		assertThat(delivery.delivered()).isFalse();
		// five tries of ours (the first and four retries); the SDK's HTTP client may
		// retry a 502 within each try too
		assertThat(replies(conversation).stream().filter(r -> r.getBodyAsString().contains("Agenda issued")).count())
			.isGreaterThanOrEqualTo(5);
		assertThat(mongo.getCollection("bot_undelivered").countDocuments()).isEqualTo(before + 1);
	}

	@Test
	void longMessageIsSplitUnderTheSizeLimit() {
		String conversation = "personal-" + UUID.randomUUID();
		deliver(message(conversation, "personal", "staff-1", "help", "tenant-opcc"));
		awaitReply(conversation, "AdaptiveCard");
		StringBuilder longText = new StringBuilder();
		for (int i = 0; i < 4000; i++) {
			longText.append("Line ").append(i).append(" of the minutes of the Police Accountability Forum.\n");
		}

		assertThat(messenger.send("staff-1", BotMessage.text(longText.toString())).delivered()).isTrue();

		List<LoggedRequest> parts = replies(conversation).stream()
			.filter(r -> r.getBodyAsString().contains("of the minutes"))
			.toList();
		assertThat(parts).hasSizeGreaterThan(2);
		assertThat(parts).allMatch(r -> r.getBody().length < 80 * 1024);
		assertThat(String.join("", parts.stream().map(LoggedRequest::getBodyAsString).toList())).contains("Line 0 of")
			.contains("Line 3999 of");
	}

	private static List<LoggedRequest> cards(String conversation) {
		return replies(conversation).stream().filter(r -> r.getBodyAsString().contains("AdaptiveCard")).toList();
	}

	@Test
	void malformedAndOversizedBodiesAreRefusedWithoutStackTrace() {
		ResponseEntity<String> malformed = postRaw("{\"type\":\"message\",");
		assertThat(malformed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(malformed.getBody()).contains("malformed JSON").doesNotContain("Exception");

		ResponseEntity<String> huge = postRaw("{\"type\":\"message\",\"text\":\"" + "x".repeat(300 * 1024) + "\"}");
		assertThat(huge.getStatusCode()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
	}

	private String awaitReply(String conversation, String containing) {
		return await().atMost(Duration.ofSeconds(20))
			.until(() -> replies(conversation).stream()
				.map(LoggedRequest::getBodyAsString)
				.filter(body -> body.contains(containing))
				.findFirst()
				.orElse(null), body -> body != null);
	}

	/** Bodies of the edits (PUT) of a message in the conversation, in order. */
	private static List<String> edits(String unique) {
		return connector.findAll(putRequestedFor(urlPathMatching("/v3/conversations/.*/activities/.*")))
			.stream()
			.filter(request -> request.getUrl().contains(unique))
			.map(LoggedRequest::getBodyAsString)
			.toList();
	}

	/**
	 * Replies posted to the conversation; ids are matched by their unique tail, whatever
	 * URL encoding the SDK uses.
	 */
	private static List<LoggedRequest> replies(String conversation) {
		String unique = conversation.substring(conversation.length() - 36);
		return connector.findAll(postRequestedFor(urlPathMatching("/v3/conversations/.*/activities.*")))
			.stream()
			.filter(request -> request.getUrl().contains(unique))
			.toList();
	}

	private ResponseEntity<String> deliver(Map<String, Object> activity) {
		return http.postForEntity("/api/messages", activity, String.class);
	}

	private ResponseEntity<String> postRaw(String body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return http.postForEntity("/api/messages", new HttpEntity<>(body, headers), String.class);
	}

	private static Map<String, Object> message(String conversation, String type, String user, String text,
			String tenant) {
		Map<String, Object> activity = new java.util.HashMap<>();
		activity.put("type", "message");
		activity.put("id", UUID.randomUUID().toString());
		activity.put("channelId", "msteams");
		activity.put("serviceUrl", connector.baseUrl() + "/");
		activity.put("from", Map.of("id", "29:" + user, "name", "User " + user, "aadObjectId", user));
		activity.put("recipient", Map.of("id", "quorum-bot", "name", "Quorum"));
		activity.put("conversation", Map.of("id", conversation, "conversationType", type, "tenantId", tenant));
		activity.put("text", text);
		activity.put("channelData", Map.of("tenant", Map.of("id", tenant)));
		return activity;
	}

}
