package uk.opcc.quorum.decisions;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import uk.opcc.quorum.knowledge.Audience;
import uk.opcc.quorum.knowledge.KnowledgeService;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * With a language model (WireMock speaking the OpenAI API): structured sections, then a
 * failure and the template.
 */
@SpringBootTest(classes = DecisionsTestApplication.class)
class ModelDraftingIntegrationTests {

	static final WireMockServer llm = new WireMockServer(options().dynamicPort());

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		llm.start();
		registry.add("spring.ai.model.chat", () -> "openai");
		registry.add("spring.ai.openai.api-key", () -> "test-key");
		registry.add("spring.ai.openai.base-url", () -> llm.baseUrl() + "/v1");
		registry.add("spring.ai.openai.chat.model", () -> "gpt-test");
		registry.add("spring.ai.openai.chat.max-retries", () -> "0");
	}

	@AfterAll
	static void stop() {
		llm.stop();
	}

	@Autowired
	Drafting drafting;

	@Autowired
	KnowledgeService knowledge;

	@BeforeEach
	void reset() {
		llm.resetAll();
	}

	private static String completion(String content) {
		String escaped = content.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
		return "{\"id\":\"c1\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"gpt-test\",\"choices\":[{\"index\":0,"
				+ "\"message\":{\"role\":\"assistant\",\"content\":\"" + escaped + "\"},\"finish_reason\":\"stop\"}],"
				+ "\"usage\":{\"prompt_tokens\":1,\"completion_tokens\":1,\"total_tokens\":2}}";
	}

	@Test
	void fillsTheSectionsFromStructuredOutputWithTheOfficesPassages() {
		knowledge.ingest("estates.md", """
				# Estates strategy

				## Disposals

				Surplus police buildings are sold at open market value and the receipts go to the capital programme.
				""".getBytes(), Audience.STAFF, "test");
		llm.stubFor(post(urlPathMatching(".*/chat/completions")).willReturn(aResponse()
			.withHeader("Content-Type", "application/json")
			.withBody(completion(
					"""
							{"title": "Sale of the former Eastgate police station",
							 "summary": "The Eastgate station is surplus and should be sold.",
							 "recommendation": "That the Police and Crime Commissioner approves the sale at open market value.",
							 "background": "The station closed in 2025.", "options": "Sell; lease; keep empty.",
							 "reasons": "Receipts fund the capital programme.", "consultation": "[To complete: consultation]",
							 "officerAdvice": "Officers support the sale.", "financial": "Receipts go to the capital programme.",
							 "legal": "[To complete: legal basis]", "equality": "None identified.", "humanRights": "None engaged.",
							 "risk": "Market risk.", "sustainability": "Reduces energy use."}"""))));

		Drafted drafted = drafting.draft(
				new DraftRequest("Sell the Eastgate police station, which has been empty " + "since it closed.", null),
				Notices.AUTHOR);

		assertThat(drafted.mode()).isEqualTo(Drafted.Mode.GENERATED);
		assertThat(drafted.notice().title()).isEqualTo("Sale of the former Eastgate police station");
		assertThat(drafted.notice().sections().reasons()).isEqualTo("Receipts fund the capital programme.");
		assertThat(drafted.notice().sections().legal()).startsWith(Sections.TO_COMPLETE);
		llm.verify(postRequestedFor(urlPathMatching(".*/chat/completions"))
			.withRequestBody(containing("open market value and the receipts go to the capital programme"))
			.withRequestBody(containing("Sell the Eastgate police station")));
	}

	@Test
	void fallsBackToTheTemplateAndSaysSoWhenTheModelFails() {
		llm.stubFor(post(urlPathMatching(".*/chat/completions"))
			.willReturn(aResponse().withStatus(500).withBody("{\"error\":{\"message\":\"overloaded\"}}")));

		Drafted drafted = drafting.draft(new DraftRequest("Renew the custody visiting scheme for three years.", null),
				Notices.AUTHOR);

		assertThat(drafted.mode()).isEqualTo(Drafted.Mode.TEMPLATE);
		assertThat(drafted.note()).contains("language model could not be used").contains("template");
		assertThat(drafted.notice().title()).isEqualTo("Renew the custody visiting scheme for three years");
		assertThat(drafted.notice().status()).isEqualTo(Status.DRAFT);
	}

}
