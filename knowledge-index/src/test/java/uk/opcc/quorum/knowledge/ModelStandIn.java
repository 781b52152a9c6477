package uk.opcc.quorum.knowledge;

import com.github.tomakehurst.wiremock.WireMockServer;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * WireMock standing in for an OpenAI-compatible chat server: the properties that point
 * Spring AI at it, and the body of a chat completion.
 */
public final class ModelStandIn {

	private ModelStandIn() {
	}

	/**
	 * @param llmTimeout how long Quorum waits for an answer, as a property value ("5s")
	 */
	public static void register(DynamicPropertyRegistry registry, WireMockServer llm, String llmTimeout) {
		registry.add("spring.ai.model.chat", () -> "openai");
		registry.add("spring.ai.openai.api-key", () -> "test-key");
		registry.add("spring.ai.openai.base-url", () -> llm.baseUrl() + "/v1");
		registry.add("spring.ai.openai.chat.model", () -> "gpt-test");
		registry.add("spring.ai.openai.chat.max-retries", () -> "0");
		registry.add("spring.ai.openai.chat.timeout", () -> "30s");
		registry.add("quorum.knowledge.llm-timeout", () -> llmTimeout);
	}

	/** A chat completion whose message is {@code content}. */
	public static String completion(String content) {
		return """
				{"id":"chatcmpl-1","object":"chat.completion","created":1700000000,"model":"gpt-test",
				 "choices":[{"index":0,"message":{"role":"assistant","content":"%s"},"finish_reason":"stop"}],
				 "usage":{"prompt_tokens":10,"completion_tokens":10,"total_tokens":20}}"""
			.formatted(content.replace("\\", "\\\\").replace("\"", "\\\""));
	}

}
