package uk.opcc.quorum.bot.conversation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import uk.opcc.quorum.bot.MicrosoftStandIn;
import uk.opcc.quorum.bot.QuorumIntegrationTest;
import uk.opcc.quorum.bot.RunningQuorum;
import uk.opcc.quorum.bot.conversation.Route.Via;
import uk.opcc.quorum.scheduler.Board;
import uk.opcc.quorum.scheduler.Boards;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Plain requests read by a language model (the stand-in's OpenAI-compatible endpoint,
 * answering with recorded chat completions from {@code llm/}), on the running application
 * with the {@code llm} profile. The clock is Monday 4 January 2027, 09:00.
 */
@QuorumIntegrationTest(profiles = { "test", "llm" })
class ModelRoutingIntegrationTests extends RunningQuorum {

	private static final String COMPLETIONS = MicrosoftStandIn.OPENAI + "/chat/completions";

	private static final String MOVE = "could we have the SGB on thursday at 10 instead please";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	ModelRouter router;

	@Autowired
	IntentRouter rules;

	@Autowired
	Boards boards;

	@Autowired
	MongoTemplate mongo;

	@BeforeEach
	void noMeetings() {
		mongo.remove(new Query(), "scheduler_meetings");
	}

	private static void modelAnswers(String recorded) {
		connector.stubFor(WireMock.post(urlPathEqualTo(COMPLETIONS))
			.willReturn(aResponse().withStatus(200)
				.withHeader("Content-Type", "application/json")
				.withBody(recorded(recorded))));
	}

	private static String recorded(String name) {
		try (InputStream in = ModelRoutingIntegrationTests.class.getResourceAsStream("/llm/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<LoggedRequest> modelRequests() {
		return connector.findAll(postRequestedFor(urlPathEqualTo(COMPLETIONS)));
	}

	@Test
	void theModelsToolCallRoutesAndItsDayIsReadByTheRules() {
		modelAnswers("move-sgb-thursday.json");

		Route route = router.route(MOVE, false);

		assertThat(router.usesModel()).isTrue();
		assertThat(route.via()).isEqualTo(Via.MODEL);
		assertThat(route.intent()).isEqualTo(Intent.MOVE_MEETING);
		assertThat(route.slots().board()).isEqualTo("SGB");
		assertThat(Slots.describe(route.slots().when())).isEqualTo("found 2027-01-07 10:00");
		assertThat(route.commandText()).isEqualTo(MOVE);
		// the tool's result went back to Quorum, not to the model: one call
		assertThat(modelRequests()).hasSize(1);
	}

	@Test
	void aBoardThatDoesNotExistIsRefusedAndTheRulesRoute() {
		modelAnswers("move-unknown-board.json");

		Route route = router.route(MOVE, false);

		assertThat(modelRequests()).hasSize(1);
		assertThat(route.via()).isNotEqualTo(Via.MODEL);
		assertThat(route).isEqualTo(rules.route(MOVE, false));
	}

	@Test
	void aDayTheMessageDoesNotSayIsRefusedAndTheRulesRoute() {
		modelAnswers("move-sgb-other-day.json");

		Route route = router.route(MOVE, false);

		assertThat(modelRequests()).hasSize(1);
		assertThat(route).isEqualTo(rules.route(MOVE, false));
	}

	@Test
	void anAnswerInTextIsNoRouteAndTheRulesRoute() {
		modelAnswers("text-answer.json");

		Route route = router.route(MOVE, false);

		assertThat(modelRequests()).hasSize(1);
		assertThat(route).isEqualTo(rules.route(MOVE, false));
	}

	@Test
	void aFailingModelLeavesTheRulesToRoute() {
		connector.stubFor(WireMock.post(urlPathEqualTo(COMPLETIONS))
			.willReturn(aResponse().withStatus(500)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"error\":{\"message\":\"overloaded\",\"type\":\"server_error\"}}")));

		assertThat(router.route(MOVE, false)).isEqualTo(rules.route(MOVE, false));
		assertThat(modelRequests()).hasSize(1);
	}

	@Test
	void aModelTooSlowLeavesTheRulesToRoute() {
		connector.stubFor(WireMock.post(urlPathEqualTo(COMPLETIONS))
			.willReturn(aResponse().withStatus(200)
				.withHeader("Content-Type", "application/json")
				.withBody(recorded("move-sgb-thursday.json"))
				.withFixedDelay(6000)));
		long start = System.nanoTime();

		Route route = router.route(MOVE, false);

		assertThat(route).isEqualTo(rules.route(MOVE, false));
		// quorum.conversation.model-timeout is 3s in application-llm.yml
		assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5500);
	}

	@Test
	void aCommandWordIsReadByTheRulesWithoutAskingTheModel() {
		modelAnswers("move-sgb-thursday.json");

		Route route = router.route("move the SGB to friday at 10", false);

		assertThat(route.via()).isEqualTo(Via.COMMAND_WORD);
		assertThat(Slots.describe(route.slots().when())).isEqualTo("found 2027-01-08 10:00");
		assertThat(modelRequests()).isEmpty();
	}

	@Test
	void theModelIsOfferedOneToolPerIntentWithTheRealBoardsAndToday() {
		modelAnswers("move-sgb-thursday.json");

		router.route(MOVE, false);

		JsonNode request = JSON.readTree(modelRequests().get(0).getBodyAsString());
		List<String> names = new ArrayList<>();
		request.get("tools").forEach(tool -> names.add(tool.path("function").path("name").asString()));
		assertThat(names)
			.containsExactlyInAnyOrderElementsOf(Arrays.stream(Intent.values()).map(Intent::name).toList());
		List<String> codes = boards.all().stream().map(Board::code).toList();
		assertThat(codes).contains("SGB", "PAF");
		for (JsonNode tool : request.get("tools")) {
			Intent intent = Intent.valueOf(tool.path("function").path("name").asString());
			JsonNode properties = tool.path("function").path("parameters").path("properties");
			assertThat(properties.propertyNames()).as(intent.name())
				.containsExactlyInAnyOrderElementsOf(intent.slots().stream().map(IntentTool::parameter).toList());
			if (intent.slots().contains(Slots.Kind.BOARD)) {
				List<String> offered = new ArrayList<>();
				properties.path("board").path("enum").forEach(code -> offered.add(code.asString()));
				assertThat(offered).as(intent.name()).containsExactlyElementsOf(codes);
			}
		}
		String system = request.get("messages").get(0).path("content").asString();
		assertThat(system).contains("Monday 4 January 2027").contains("SGB: Strategic Governance Board");
		assertThat(request.get("messages").get(1).path("content").asString()).isEqualTo(MOVE);
	}

	@Test
	void aMoveTheModelRoutesIsShownOnItsConfirmationCardAndNothingMoves() {
		ResponseEntity<Map> scheduled = http.postForEntity("/api/meetings",
				Map.of("board", "SGB", "start", "2027-01-05T10:00:00Z", "end", "2027-01-05T12:00:00Z"), Map.class);
		assertThat(scheduled.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		String id = (String) scheduled.getBody().get("id");
		modelAnswers("move-sgb-thursday.json");
		String chat = newChat();

		post(message(chat, "sec-1", MOVE));

		String card = awaitReply(chat, "Move the SGB meeting?");
		assertThat(card).contains("Thursday 7 January 2027, 10:00 to 12:00")
			.contains("Nothing changes until you press the button")
			.contains("meet.move");
		assertThat(modelRequests()).hasSize(1);
		assertThat(http.getForObject("/api/meetings/" + id, Map.class)).containsEntry("start", "2027-01-05T10:00:00Z");
	}

}
