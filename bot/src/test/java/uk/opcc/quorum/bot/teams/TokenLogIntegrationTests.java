package uk.opcc.quorum.bot.teams;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * With authentication on, a token is read before it is refused, and what it carries must not become a log line
 * of its own. The SDK logs an unknown key id as it came; a key id holding a line break forged a line.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "quorum.store.in-memory=true", "MicrosoftAppId=" + TokenLogIntegrationTests.APP_ID,
				"MicrosoftAppPassword=test-secret" })
@AutoConfigureTestRestTemplate
@ExtendWith(OutputCaptureExtension.class)
class TokenLogIntegrationTests {

	static final String APP_ID = "7a1e9c2a-2222-4c6b-9a8e-2f4b8a7c3d10";

	static final WireMockServer channel = new WireMockServer(options().dynamicPort());

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) throws Exception {
		channel.start();
		channel.stubFor(get(urlPathEqualTo("/v1/.well-known/openidconfiguration")).willReturn(aResponse()
			.withHeader("Content-Type", "application/json")
			.withBody("{\"issuer\":\"https://api.botframework.com\",\"jwks_uri\":\"" + channel.baseUrl() + "/keys\","
					+ "\"id_token_signing_alg_values_supported\":[\"RS256\"]}")));
		RSAPublicKey key = (RSAPublicKey) KeyPairGenerator.getInstance("RSA").generateKeyPair().getPublic();
		channel.stubFor(get(urlPathEqualTo("/keys")).willReturn(aResponse()
			.withHeader("Content-Type", "application/json")
			.withBody("{\"keys\":[{\"kty\":\"RSA\",\"use\":\"sig\",\"kid\":\"test-key\",\"n\":\"" + base64(key.getModulus())
					+ "\",\"e\":\"" + base64(key.getPublicExponent()) + "\",\"endorsements\":[\"msteams\"]}]}")));
		Path root = Files.createTempDirectory("quorum-token-log");
		registry.add("BotOpenIdMetadata", () -> channel.baseUrl() + "/v1/.well-known/openidconfiguration");
		registry.add("quorum.store.data-dir", root::toString);
		registry.add("quorum.knowledge.index-dir", () -> root.resolve("index").toString());
	}

	@AfterAll
	static void stop() {
		channel.stop();
	}

	@Autowired
	TestRestTemplate http;

	@Test
	void keyIdWithALineBreakIsRefusedWithoutForgingALogLine(CapturedOutput output) {
		String header = base64("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"k\\n2026-01-01T00:00:00Z ERROR forged line\"}");
		String payload = base64("{\"iss\":\"https://api.botframework.com\",\"aud\":\"" + APP_ID + "\",\"exp\":"
				+ Instant.now().plusSeconds(3600).getEpochSecond() + "}");

		assertThat(send("Bearer " + header + "." + payload + ".c2ln").getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(send("Bearer " + base64("{\"kid\":\"x\"}\nforged line") + "." + payload + ".c2ln").getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);

		assertThat(output.getAll().lines().filter(line -> line.startsWith("2026-01-01T00:00:00Z")
				|| line.startsWith("forged line"))).isEmpty();
		assertThat(output.getAll()).doesNotContain("\tat ");
	}

	private org.springframework.http.ResponseEntity<String> send(String authorization) {
		HttpHeaders headers = new HttpHeaders();
		headers.set("Authorization", authorization);
		Map<String, Object> activity = Map.of("type", "message", "id", UUID.randomUUID().toString(), "channelId",
				"msteams", "serviceUrl", channel.baseUrl() + "/", "from", Map.of("id", "29:user", "aadObjectId", "user"),
				"recipient", Map.of("id", "28:" + APP_ID), "conversation",
				Map.of("id", "personal-" + UUID.randomUUID(), "conversationType", "personal"), "text", "help");
		return http.postForEntity("/api/messages", new HttpEntity<>(activity, headers), String.class);
	}

	private static String base64(BigInteger value) {
		byte[] bytes = value.toByteArray();
		if (bytes[0] == 0) {
			bytes = java.util.Arrays.copyOfRange(bytes, 1, bytes.length);
		}
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static String base64(String json) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
	}

}
