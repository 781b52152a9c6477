package uk.opcc.quorum.knowledge.answer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import uk.opcc.quorum.knowledge.Answer;
import uk.opcc.quorum.knowledge.Citation;
import uk.opcc.quorum.knowledge.KnowledgeService;
import uk.opcc.quorum.knowledge.KnowledgeTestApplication;
import uk.opcc.quorum.knowledge.ModelStandIn;
import uk.opcc.quorum.knowledge.corpus.CorpusWatcher;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every question of the governance set through the language-model path: Spring AI's
 * OpenAI client against WireMock, which gives each question its recorded reply
 * ({@code eval/governance-model-replies.yaml}). Proves the plumbing, not accuracy: a
 * question Ask refuses never reaches the model; a reply is kept only with real citations
 * and no number its cited passages lack; every other reply, and a server error, falls
 * back to quoting.
 */
@SpringBootTest(classes = KnowledgeTestApplication.class)
class GovernanceWithModelIntegrationTests {

	static final WireMockServer llm = new WireMockServer(options().dynamicPort());

	static final EvaluationSet SET = EvaluationSet.load("/eval/governance.yaml");

	@AfterAll
	static void stopLlm() {
		llm.stop();
	}

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		llm.start();
		// generous: the first call loads the client, and the machine may be busy
		ModelStandIn.register(registry, llm, "20s");
		EvaluationCorpus.register(registry, SET, "governance-model-index");
	}

	@Autowired
	KnowledgeService knowledge;

	@Autowired
	CorpusWatcher corpus;

	enum Behaviour {

		GROUNDED, INVENTED_NUMBER, STRAY_CITATION, NO_CITATION, SERVER_ERROR, NOT_IN_DOCUMENTS;

		static Behaviour of(String name) {
			return valueOf(name.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
		}

	}

	/**
	 * @param asked the question as the model receives it (chat money read as documents
	 * write it)
	 */
	record Recorded(String question, String asked, Behaviour behaviour, String reply) {
	}

	@Test
	void everyQuestionThroughTheModelIsCheckedOrFallsBack() {
		Map<String, String> ids = EvaluationCorpus.index(corpus, knowledge);
		List<Recorded> replies = replies();
		assertThat(replies).extracting(Recorded::question)
			.as("one recorded reply per question of the set")
			.containsExactlyElementsOf(SET.questions().stream().map(EvaluationSet.Question::text).toList());
		replies.forEach(GovernanceWithModelIntegrationTests::stub);

		Map<Behaviour, Map<Answer.Mode, Integer>> outcomes = new EnumMap<>(Behaviour.class);
		int refusedUnasked = 0;
		for (Recorded recorded : replies) {
			Answer answer = knowledge.answer(recorded.question(), SET.audiences());
			int asked = llm
				.countRequestsMatching(postRequestedFor(urlPathMatching(".*/chat/completions"))
					.withRequestBody(containing(marker(recorded.asked())))
					.build())
				.getCount();
			String about = recorded.question() + " -> " + answer.text();
			if (!answer.grounded()) {
				// refused, or "the documents give this for another year": decided before
				// any
				// model is asked
				assertThat(asked).as("a refused question is not sent to the model: " + about).isZero();
				assertThat(answer.mode()).isEqualTo(Answer.Mode.EXTRACTIVE);
				refusedUnasked++;
				continue;
			}
			assertThat(asked).as("an answered question is sent to the model once: " + about).isEqualTo(1);
			assertThat(Evaluator.inventedNumbers(answer)).as("numbers not in a cited passage: " + about).isZero();
			assertThat(answer.citations()).as(about).isNotEmpty();
			assertThat(answer.citations()).extracting(Citation::documentId).allMatch(ids::containsValue);
			assertThat(answer.text()).as(about).doesNotContain("[9]");
			switch (recorded.behaviour()) {
				case GROUNDED, STRAY_CITATION ->
					assertThat(answer.mode()).as(about).isIn(Answer.Mode.GENERATED, Answer.Mode.EXTRACTIVE_FALLBACK);
				case SERVER_ERROR -> {
					assertThat(answer.mode()).as(about).isEqualTo(Answer.Mode.EXTRACTIVE_FALLBACK);
					assertThat(answer.text()).contains("could not answer just now");
				}
				default -> assertThat(answer.mode()).as(about).isEqualTo(Answer.Mode.EXTRACTIVE_FALLBACK);
			}
			if (answer.mode() == Answer.Mode.GENERATED) {
				assertThat(answer.text()).as("the model's reply, its markers renumbered: " + about)
					.isEqualTo(recorded.reply().replace(" [9]", ""));
			}
			outcomes.computeIfAbsent(recorded.behaviour(), b -> new TreeMap<>()).merge(answer.mode(), 1, Integer::sum);
		}
		System.out
			.println("Refused before the model: " + refusedUnasked + "; answered, by recorded behaviour: " + outcomes);
		// the run must exercise each path, or it proves nothing
		assertThat(refusedUnasked).isPositive();
		assertThat(outcomes.get(Behaviour.GROUNDED)).containsKey(Answer.Mode.GENERATED);
		assertThat(outcomes.get(Behaviour.STRAY_CITATION)).containsKey(Answer.Mode.GENERATED);
		assertThat(outcomes.keySet()).containsAll(Set.of(Behaviour.values()));
	}

	/**
	 * The end of the user message: the question, then the JSON string's closing quote.
	 */
	private static String marker(String question) {
		return "Question: " + question.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

	private static void stub(Recorded recorded) {
		ResponseDefinitionBuilder response = recorded.behaviour() == Behaviour.SERVER_ERROR
				? aResponse().withStatus(500).withBody("{\"error\":{\"message\":\"overloaded\"}}")
				: aResponse().withHeader("Content-Type", "application/json")
					.withBody(ModelStandIn.completion(recorded.reply()));
		llm.stubFor(post(urlPathMatching(".*/chat/completions")).withRequestBody(containing(marker(recorded.asked())))
			.willReturn(response));
	}

	@SuppressWarnings("unchecked")
	private static List<Recorded> replies() {
		try (InputStream in = GovernanceWithModelIntegrationTests.class
			.getResourceAsStream("/eval/governance-model-replies.yaml")) {
			Map<String, Object> yaml = new Yaml().load(in);
			return ((List<Map<String, String>>) yaml.get("replies")).stream()
				.map(r -> new Recorded(r.get("q"), r.getOrDefault("asked", r.get("q")),
						Behaviour.of(r.get("behaviour")), r.get("reply")))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
