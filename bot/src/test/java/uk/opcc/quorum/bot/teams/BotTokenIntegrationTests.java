package uk.opcc.quorum.bot.teams;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import java.util.UUID;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import uk.opcc.quorum.bot.TestKeys;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * With an app id configured, every activity needs a Bot Framework token signed by a key the channel publishes.
 * WireMock serves a test key set through {@code BotOpenIdMetadata}, and stands in for the connector.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "quorum.store.in-memory=true", "MicrosoftAppId=" + BotTokenIntegrationTests.APP_ID,
				"MicrosoftAppPassword=test-secret", "quorum.teams.service-hosts=localhost" })
@AutoConfigureTestRestTemplate
class BotTokenIntegrationTests {

	static final String APP_ID = "5d0e9c2a-1111-4c6b-9a8e-2f4b8a7c3d10";

	static final WireMockServer channel = new WireMockServer(options().dynamicPort());

	static final KeyPair KEYS = TestKeys.rsa();

	static final KeyPair OTHER_KEYS = TestKeys.rsa();

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) throws Exception {
		channel.start();
		channel.stubFor(get(urlPathEqualTo("/v1/.well-known/openidconfiguration")).willReturn(aResponse()
			.withHeader("Content-Type", "application/json")
			.withBody("{\"issuer\":\"https://api.botframework.com\",\"jwks_uri\":\"" + channel.baseUrl() + "/keys\","
					+ "\"id_token_signing_alg_values_supported\":[\"RS256\"]}")));
		channel.stubFor(get(urlPathEqualTo("/keys")).willReturn(aResponse()
			.withHeader("Content-Type", "application/json")
			.withBody(TestKeys.keySet(KEYS, "test-key", "\"endorsements\":[\"msteams\"]"))));
		channel.stubFor(any(urlPathMatching("/v3/.*")).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json").withBody("{\"id\":\"1\"}")));
		Path root = Files.createTempDirectory("quorum-token");
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
	void validTokenIsAccepted() {
		String token = token(APP_ID, Instant.now().plusSeconds(3600), KEYS);
		assertThat(send("Bearer " + token).getStatusCode()).isEqualTo(HttpStatus.OK);
	}

	@Test
	void missingTokenIsRefused() {
		assertThat(send(null).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void expiredTokenIsRefused() {
		String token = token(APP_ID, Instant.now().minusSeconds(3600), KEYS);
		assertThat(send("Bearer " + token).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void tokenForAnotherBotIsRefused() {
		String token = token("another-bot", Instant.now().plusSeconds(3600), KEYS);
		assertThat(send("Bearer " + token).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void tokenSignedByAnUnknownKeyIsRefused() {
		String token = token(APP_ID, Instant.now().plusSeconds(3600), OTHER_KEYS);
		assertThat(send("Bearer " + token).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void unsignedTokenIsRefused() {
		String header = base64("{\"alg\":\"none\",\"typ\":\"JWT\",\"kid\":\"test-key\"}");
		String payload = base64("{\"iss\":\"https://api.botframework.com\",\"aud\":\"" + APP_ID + "\",\"exp\":"
				+ Instant.now().plusSeconds(3600).getEpochSecond() + ",\"serviceurl\":\"" + channel.baseUrl() + "/\"}");
		assertThat(send("Bearer " + header + "." + payload + ".").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void malformedTokenIsRefused() {
		assertThat(send("Bearer xyz").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(send("Basic dXNlcjpwYXNz").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void tokenIssuedForAnotherServiceUrlIsRefused() {
		String token = token(APP_ID, Instant.now().plusSeconds(3600), KEYS, "https://smba.trafficmanager.net/uk/");
		assertThat(send("Bearer " + token).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void repliesGoOnlyToAllowedHosts() {
		String elsewhere = "http://127.0.0.2:9/";
		String token = token(APP_ID, Instant.now().plusSeconds(3600), KEYS, elsewhere);
		assertThat(send("Bearer " + token, elsewhere).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
	}

	@Test
	void chatPageActivitiesAreRefusedHere() {
		String token = token(APP_ID, Instant.now().plusSeconds(3600), KEYS);
		HttpHeaders headers = new HttpHeaders();
		headers.set("Authorization", "Bearer " + token);
		Map<String, Object> activity = new java.util.HashMap<>(activity(channel.baseUrl() + "/"));
		activity.put("channelId", "quorum-chat");
		activity.put("channelData", Map.of("quorumRole", "ADMIN"));
		assertThat(http.postForEntity("/api/messages", new HttpEntity<>(activity, headers), String.class)
			.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
	}

	private org.springframework.http.ResponseEntity<String> send(String authorization) {
		return send(authorization, channel.baseUrl() + "/");
	}

	private org.springframework.http.ResponseEntity<String> send(String authorization, String serviceUrl) {
		HttpHeaders headers = new HttpHeaders();
		if (authorization != null) {
			headers.set("Authorization", authorization);
		}
		return http.postForEntity("/api/messages", new HttpEntity<>(activity(serviceUrl), headers), String.class);
	}

	static Map<String, Object> activity(String serviceUrl) {
		return Map.of("type", "message", "id", UUID.randomUUID().toString(), "channelId", "msteams", "serviceUrl",
				serviceUrl, "from", Map.of("id", "29:user", "aadObjectId", "user"), "recipient",
				Map.of("id", "28:" + APP_ID), "conversation",
				Map.of("id", "personal-" + UUID.randomUUID(), "conversationType", "personal"), "text", "help");
	}

	static String token(String audience, Instant expires, KeyPair keys) {
		return token(audience, expires, keys, channel.baseUrl() + "/");
	}

	static String token(String audience, Instant expires, KeyPair keys, String serviceUrl) {
		Algorithm algorithm = Algorithm.RSA256((RSAPublicKey) keys.getPublic(), (RSAPrivateKey) keys.getPrivate());
		return JWT.create()
			.withKeyId("test-key")
			.withIssuer("https://api.botframework.com")
			.withAudience(audience)
			.withClaim("serviceurl", serviceUrl)
			.withNotBefore(Date.from(expires.minusSeconds(7200)))
			.withExpiresAt(Date.from(expires))
			.sign(algorithm);
	}

	private static String base64(String json) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
	}

}
