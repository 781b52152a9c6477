package uk.opcc.quorum.bot.teams;

import java.nio.charset.StandardCharsets;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

import uk.opcc.quorum.bot.MicrosoftStandIn;
import uk.opcc.quorum.bot.QuorumIntegrationTest;
import uk.opcc.quorum.bot.TestKeys;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With an app id configured, every activity needs a Bot Framework token signed by a key
 * the channel publishes. {@link MicrosoftStandIn} serves the test key set through
 * {@code BotOpenIdMetadata}, and stands in for the connector.
 */
@QuorumIntegrationTest(profiles = { "test", "teams" })
class BotTokenIntegrationTests {

	static final String APP_ID = MicrosoftStandIn.APP_ID;

	static final WireMockServer channel = MicrosoftStandIn.server();

	static final KeyPair KEYS = MicrosoftStandIn.BOT_KEYS;

	static final KeyPair OTHER_KEYS = TestKeys.rsa();

	@Autowired
	TestRestTemplate http;

	@BeforeEach
	void reset() {
		MicrosoftStandIn.reset();
	}

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
		assertThat(
				http.postForEntity("/api/messages", new HttpEntity<>(activity, headers), String.class).getStatusCode())
			.isEqualTo(HttpStatus.BAD_REQUEST);
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
