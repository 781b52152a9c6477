package uk.opcc.quorum.bot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.awaitility.Awaitility.await;

/**
 * The running application for the Meet and Decide tests, one context for both: embedded store over TCP, WireMock as
 * the Teams connector, the scheduler's own calendar (no Graph) and a clock the tests move (meetings need a working
 * day ahead, minutes a meeting that has begun). Users: sec-1 secretary, staff-1 staff, cfo-1, mo-1 and pcc-1.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "quorum.store.in-memory=true", "quorum.teams.users.sec-1=SECRETARY,STAFF",
				"quorum.teams.users.staff-1=STAFF", "quorum.teams.users.cfo-1=CFO",
				"quorum.teams.users.mo-1=MONITORING_OFFICER", "quorum.teams.users.pcc-1=PCC",
				"quorum.scheduler.boards-file=src/test/resources/meet-boards.yml", "quorum.scheduler.reminders.poll=1h",
				"quorum.scheduler.public-url=https://quorum.opcc.test/" })
@AutoConfigureTestRestTemplate
@Import(RunningQuorumClock.class)
public abstract class RunningQuorum {

	protected static final WireMockServer connector = new WireMockServer(options().dynamicPort());

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) throws Exception {
		connector.start();
		Path root = Files.createTempDirectory("quorum-workflows");
		registry.add("quorum.store.data-dir", root::toString);
		registry.add("quorum.knowledge.index-dir", () -> root.resolve("index").toString());
		registry.add("quorum.knowledge.corpus-dir", () -> root.resolve("corpus").toString());
	}

	/** The time as the tests set it. */
	public static class TestClock extends Clock {

		private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2027-01-04T09:00:00Z"));

		public void set(String instant) {
			now.set(Instant.parse(instant));
		}

		@Override
		public ZoneId getZone() {
			return ZoneId.of("Europe/London");
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return Clock.fixed(now.get(), zone);
		}

		@Override
		public Instant instant() {
			return now.get();
		}

	}

	@Autowired
	protected TestRestTemplate http;

	@Autowired
	protected TestClock clock;

	@BeforeEach
	void connectorAcceptsEverything() {
		TrialCallers.actAs(http, "sec-1");
		clock.set("2027-01-04T09:00:00Z");
		connector.resetAll();
		connector.stubFor(any(urlPathMatching("/v3/conversations/.*")).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json").withBody("{\"id\":\"sent-1\"}")));
	}

	/** A personal-chat message as Teams posts it. */
	protected static Map<String, Object> message(String conversation, String user, String text) {
		Map<String, Object> activity = new HashMap<>();
		activity.put("type", "message");
		activity.put("id", UUID.randomUUID().toString());
		activity.put("channelId", "msteams");
		activity.put("serviceUrl", connector.baseUrl() + "/");
		activity.put("from", Map.of("id", "29:" + user, "name", "User " + user, "aadObjectId", user));
		activity.put("recipient", Map.of("id", "quorum-bot", "name", "Quorum"));
		activity.put("conversation", Map.of("id", conversation, "conversationType", "personal", "tenantId", "tenant-opcc"));
		activity.put("text", text);
		return activity;
	}

	/** An Action.Execute invoke from a card button. */
	protected static Map<String, Object> invoke(String conversation, String user, String verb, Map<String, Object> data) {
		Map<String, Object> activity = message(conversation, user, null);
		Map<String, Object> payload = new HashMap<>(data);
		payload.put("verb", verb);
		activity.put("type", "invoke");
		activity.put("name", "adaptiveCard/action");
		activity.put("value", Map.of("action", Map.of("type", "Action.Execute", "verb", verb, "data", payload)));
		return activity;
	}

	protected void post(Map<String, Object> activity) {
		http.postForEntity("/api/messages", activity, String.class);
	}

	protected static String newChat() {
		return "personal-" + UUID.randomUUID();
	}

	/** The first reply in the conversation containing the text, waiting for it. */
	protected static String awaitReply(String conversation, String containing) {
		String unique = conversation.substring(conversation.length() - 36);
		return await().atMost(Duration.ofSeconds(20)).until(() -> connector
			.findAll(postRequestedFor(urlPathMatching("/v3/conversations/.*/activities.*"))).stream()
			.filter(r -> r.getUrl().contains(unique))
			.map(LoggedRequest::getBodyAsString).filter(b -> b.contains(containing)).findFirst().orElse(null),
				body -> body != null);
	}

}
