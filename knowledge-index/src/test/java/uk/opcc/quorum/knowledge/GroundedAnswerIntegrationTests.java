package uk.opcc.quorum.knowledge;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Answers with a language model configured through Spring AI, WireMock standing in for an
 * OpenAI-compatible server: what the model says is checked against the retrieved
 * passages, and every failure falls back to quoting.
 */
@SpringBootTest(classes = KnowledgeTestApplication.class)
@org.junit.jupiter.api.TestInstance(org.junit.jupiter.api.TestInstance.Lifecycle.PER_CLASS)
class GroundedAnswerIntegrationTests {

	static final WireMockServer llm = new WireMockServer(options().dynamicPort());

	@AfterAll
	static void stopLlm() {
		llm.stop();
	}

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		llm.start();
		ModelStandIn.register(registry, llm, "5s");
		registry.add("quorum.knowledge.index-dir", () -> TestDirs.create("llm-index").toString());
		registry.add("quorum.knowledge.corpus-dir", () -> TestDirs.create("llm-corpus").toString());
	}

	@Autowired
	KnowledgeService knowledge;

	/**
	 * The model client's first call loads a large SDK; on two busy cores that alone can
	 * outlast the time limit the tests below rely on, so one call is made before them.
	 */
	@BeforeAll
	void warmUpTheModelClient() {
		ingest("warm.md", "# Warm up\n\n## Kettle\n\nThe office kettle is descaled every Friday.\n");
		reply("Question: When is the office kettle descaled", "Every Friday [1].");
		knowledge.answer("When is the office kettle descaled?", Set.of(Audience.PUBLIC));
	}

	@Test
	void generatedAnswerKeepsRealCitationsAndDropsInventedOnes() {
		ingest("panel.md",
				"# Panel\n\n## Veto\n\nThe panel may veto the precept by a two-thirds majority of members.\n");
		reply("Question: Can the panel veto",
				"The panel can veto the precept with a two-thirds majority [1]. It is very powerful [9].");

		Answer answer = knowledge.answer("Can the panel veto the precept?", Set.of(Audience.PUBLIC));

		assertThat(answer.mode()).isEqualTo(Answer.Mode.GENERATED);
		assertThat(answer.text()).contains("two-thirds majority [1]").doesNotContain("[9]");
		assertThat(answer.citations()).hasSize(1).first().extracting(Citation::section).isEqualTo("Veto");
	}

	@Test
	void numberMissingFromThePassagesFallsBackToQuoting() {
		ingest("reserves.md", "# Reserves\n\n## Policy\n\nTotal reserves should not fall below 6% of the budget.\n");
		reply("Question: How low can total reserves", "Reserves must stay above 9% of the budget [1].");

		Answer answer = knowledge.answer("How low can total reserves fall?", Set.of(Audience.PUBLIC));

		assertThat(answer.mode()).isEqualTo(Answer.Mode.EXTRACTIVE_FALLBACK);
		assertThat(answer.text()).contains("6%").doesNotContain("9%");
	}

	@Test
	void serverErrorFallsBackAndSaysSo() {
		ingest("estate.md", "# Estate\n\n## Ownership\n\nPolice land and buildings are owned by the Commissioner.\n");
		llm.stubFor(post(urlPathMatching(".*/chat/completions"))
			.withRequestBody(containing("Question: Who owns police buildings"))
			.willReturn(aResponse().withStatus(500).withBody("{\"error\":{\"message\":\"boom\"}}")));

		Answer answer = knowledge.answer("Who owns police buildings?", Set.of(Audience.PUBLIC));

		assertThat(answer.mode()).isEqualTo(Answer.Mode.EXTRACTIVE_FALLBACK);
		assertThat(answer.text()).contains("owned by the Commissioner").contains("language model could not answer");
	}

	@Test
	void rateLimitedModelFallsBackAndSaysSo() {
		ingest("panel-members.md",
				"# Panel\n\n## Members\n\nThe panel has ten councillors and two independent members.\n");
		llm.stubFor(post(urlPathMatching(".*/chat/completions"))
			.withRequestBody(containing("Question: Who are the members of the panel"))
			.willReturn(aResponse().withStatus(429)
				.withHeader("Retry-After", "30")
				.withBody("{\"error\":{\"message\":\"Rate limit reached\",\"type\":\"requests\"}}")));

		Answer answer = knowledge.answer("Who are the members of the panel?", Set.of(Audience.PUBLIC));

		assertThat(answer.mode()).isEqualTo(Answer.Mode.EXTRACTIVE_FALLBACK);
		assertThat(answer.text()).contains("ten councillors").contains("language model could not answer");
	}

	@Test
	void slowModelFallsBackWithinTheBudget() {
		ingest("icv.md", "# Custody\n\n## Visits\n\nCustody visitors make unannounced visits to custody suites.\n");
		llm.stubFor(post(urlPathMatching(".*/chat/completions"))
			.withRequestBody(containing("Question: Do custody visitors"))
			.willReturn(aResponse().withFixedDelay(12000)
				.withHeader("Content-Type", "application/json")
				.withBody(ModelStandIn.completion("Too late [1]."))));

		long start = System.nanoTime();
		Answer answer = knowledge.answer("Do custody visitors make unannounced visits?", Set.of(Audience.PUBLIC));
		long millis = (System.nanoTime() - start) / 1_000_000;

		assertThat(answer.mode()).isEqualTo(Answer.Mode.EXTRACTIVE_FALLBACK);
		assertThat(answer.text()).contains("unannounced visits");
		assertThat(millis).isLessThan(10_000);
	}

	private void ingest(String name, String text) {
		knowledge.ingest(name, text.getBytes(StandardCharsets.UTF_8), Audience.PUBLIC, "upload:" + name);
	}

	private static void reply(String marker, String content) {
		llm.stubFor(post(urlPathMatching(".*/chat/completions")).withRequestBody(containing(marker))
			.willReturn(aResponse().withHeader("Content-Type", "application/json")
				.withBody(ModelStandIn.completion(content))));
	}

}
