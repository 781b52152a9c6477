package uk.opcc.quorum.bot.teams;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;

import uk.opcc.quorum.bot.MicrosoftStandIn;
import uk.opcc.quorum.bot.QuorumIntegrationTest;
import uk.opcc.quorum.knowledge.Audience;
import uk.opcc.quorum.knowledge.KnowledgeService;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Quorum without Microsoft Graph (a local trial, or an office that has not granted it): a
 * file posted in a channel cannot be fetched, and the sender is told what is needed.
 */
@QuorumIntegrationTest(profiles = { "test", "nograph" })
class ChannelFilesWithoutGraphIntegrationTests {

	static final WireMockServer connector = MicrosoftStandIn.server();

	@Autowired
	TestRestTemplate http;

	@Autowired
	KnowledgeService knowledge;

	@BeforeEach
	void reset() {
		MicrosoftStandIn.reset();
	}

	@Test
	void channelFileGetsASentenceAndNothingIsIndexed() {
		int before = knowledge.documents(EnumSet.allOf(Audience.class)).size();
		String conversation = "19:channel-" + UUID.randomUUID();
		Map<String, Object> activity = new java.util.HashMap<>();
		activity.put("type", "message");
		activity.put("id", UUID.randomUUID().toString());
		activity.put("channelId", "msteams");
		activity.put("serviceUrl", connector.baseUrl() + "/");
		activity.put("from", Map.of("id", "29:sec-1", "name", "User sec-1", "aadObjectId", "sec-1"));
		activity.put("recipient", Map.of("id", "quorum-bot", "name", "Quorum"));
		activity.put("conversation",
				Map.of("id", conversation, "conversationType", "channel", "tenantId", "tenant-opcc"));
		activity.put("text", "<at>Quorum</at> upload");
		activity.put("entities", List.of(Map.of("type", "mention", "text", "<at>Quorum</at>", "mentioned",
				Map.of("id", "quorum-bot", "name", "Quorum"))));
		activity.put("attachments", List.of(Map.of("contentType", "reference", "contentUrl",
				connector.baseUrl() + "/sites/opcc/Shared%20Documents/General/plan.md", "name", "plan.md")));

		http.postForEntity("/api/messages", activity, String.class);

		String unique = conversation.substring(conversation.length() - 36);
		String reply = await().atMost(Duration.ofSeconds(20))
			.until(() -> connector.findAll(postRequestedFor(urlPathMatching("/v3/conversations/.*/activities.*")))
				.stream()
				.filter(r -> r.getUrl().contains(unique))
				.map(LoggedRequest::getBodyAsString)
				.filter(body -> body.contains("Not indexed"))
				.findFirst()
				.orElse(null), body -> body != null);
		assertThat(reply).contains("plan.md").contains("Microsoft Graph").contains("Files.Read.All");
		assertThat(knowledge.documents(EnumSet.allOf(Audience.class))).hasSize(before);
		assertThat(connector.findAll(anyRequestedFor(urlPathMatching("/(graph|sites)/.*")))).isEmpty();
	}

}
