package uk.opcc.quorum.bot;

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

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.awaitility.Awaitility.await;

/**
 * The running application for the Meet, Decide and address book tests
 * ({@link QuorumIntegrationTest}'s trial context): the Teams connector is
 * {@link MicrosoftStandIn}, the scheduler keeps its own calendar (no Graph organiser),
 * and the clock is moved by the tests (meetings need a working day ahead, minutes a
 * meeting that has begun). Users: sec-1 secretary, staff-1 staff, cfo-1, mo-1 and pcc-1
 * (application-test.yml).
 */
@QuorumIntegrationTest
public abstract class RunningQuorum {

	protected static final WireMockServer connector = MicrosoftStandIn.server();

	/** The time as the tests set it; the real time (in London) until a test sets one. */
	public static class TestClock extends Clock {

		private final AtomicReference<Instant> now = new AtomicReference<>();

		public void set(String instant) {
			now.set(Instant.parse(instant));
		}

		public void useRealTime() {
			now.set(null);
		}

		@Override
		public ZoneId getZone() {
			return ZoneId.of("Europe/London");
		}

		@Override
		public Clock withZone(ZoneId zone) {
			Instant fixed = now.get();
			return fixed == null ? Clock.system(zone) : Clock.fixed(fixed, zone);
		}

		@Override
		public Instant instant() {
			Instant fixed = now.get();
			return fixed == null ? Instant.now() : fixed;
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
		MicrosoftStandIn.reset();
	}

	/** A personal-chat message as Teams posts it. */
	public static Map<String, Object> message(String conversation, String user, String text) {
		Map<String, Object> activity = new HashMap<>();
		activity.put("type", "message");
		activity.put("id", UUID.randomUUID().toString());
		activity.put("channelId", "msteams");
		activity.put("serviceUrl", connector.baseUrl() + "/");
		activity.put("from", Map.of("id", "29:" + user, "name", "User " + user, "aadObjectId", user));
		activity.put("recipient", Map.of("id", "quorum-bot", "name", "Quorum"));
		activity.put("conversation",
				Map.of("id", conversation, "conversationType", "personal", "tenantId", "tenant-opcc"));
		activity.put("text", text);
		return activity;
	}

	/** An Action.Execute invoke from a card button. */
	protected static Map<String, Object> invoke(String conversation, String user, String verb,
			Map<String, Object> data) {
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
		return await().atMost(Duration.ofSeconds(20))
			.until(() -> connector.findAll(postRequestedFor(urlPathMatching("/v3/conversations/.*/activities.*")))
				.stream()
				.filter(r -> r.getUrl().contains(unique))
				.map(LoggedRequest::getBodyAsString)
				.filter(b -> b.contains(containing))
				.findFirst()
				.orElse(null), body -> body != null);
	}

}
