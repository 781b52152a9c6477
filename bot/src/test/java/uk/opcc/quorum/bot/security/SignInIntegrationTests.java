package uk.opcc.quorum.bot.security;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTCreator;
import com.auth0.jwt.algorithms.Algorithm;
import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import uk.opcc.quorum.bot.TestKeys;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * With sign-in configured, REST callers present Entra ID access tokens (WireMock publishes the test signing key):
 * roles come from the user's object id, the token's groups and its app roles, mapped as for Teams users; the trial
 * header no longer counts, and the integration key stays staff whatever else the request says.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "quorum.store.in-memory=true", "quorum.api.key=integration-key",
				"spring.security.oauth2.resourceserver.jwt.audiences=api://quorum",
				"quorum.teams.users.oid-secretary=SECRETARY", "quorum.teams.users.oid-admin=ADMIN",
				"quorum.security.groups.group-pcc=PCC" })
@AutoConfigureTestRestTemplate
class SignInIntegrationTests {

	static final WireMockServer entra = new WireMockServer(options().dynamicPort());

	static final java.security.KeyPair KEYS = TestKeys.rsa();

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) throws Exception {
		entra.start();
		entra.stubFor(get(urlPathEqualTo("/keys")).willReturn(aResponse().withHeader("Content-Type", "application/json")
			.withBody(TestKeys.keySet(KEYS, "entra-key", "\"alg\":\"RS256\""))));
		registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", () -> entra.baseUrl() + "/keys");
		Path root = Files.createTempDirectory("quorum-sign-in");
		registry.add("quorum.store.data-dir", root::toString);
		registry.add("quorum.knowledge.index-dir", () -> root.resolve("index").toString());
		registry.add("quorum.knowledge.corpus-dir", () -> root.resolve("corpus").toString());
	}

	@AfterAll
	static void stop() {
		entra.stop();
	}

	@Autowired
	TestRestTemplate http;

	@Autowired
	Environment environment;

	@Test
	void servesTheNetworkOnceSignInIsConfigured() {
		assertThat(environment.getProperty("server.address")).isNull();
	}

	@Test
	void aUsersRolesComeFromTheirIdGroupsAndAppRoles() {
		assertThat(call("/api/meetings", token("oid-secretary", "api://quorum"))).isEqualTo(HttpStatus.OK);
		assertThat(put("/api/boards/XYZ", token("oid-secretary", "api://quorum"))).isNotIn(HttpStatus.UNAUTHORIZED,
				HttpStatus.FORBIDDEN);
		String grouped = bearer(JWT.create().withClaim("oid", "someone").withClaim("groups", List.of("group-pcc")),
				"api://quorum");
		assertThat(call("/api/decisions", grouped)).isEqualTo(HttpStatus.OK);
		String appRole = bearer(JWT.create().withClaim("oid", "someone-else").withClaim("roles", List.of("Staff")),
				"api://quorum");
		assertThat(call("/api/decisions", appRole)).isEqualTo(HttpStatus.OK);
		String nobody = token("a-candidate", "api://quorum");
		assertThat(call("/api/decisions", nobody)).isEqualTo(HttpStatus.FORBIDDEN);
	}

	@Test
	void badTokensAreRefused() {
		assertThat(call("/api/meetings", token("oid-secretary", "api://another-app"))).isEqualTo(HttpStatus.UNAUTHORIZED);
		String expired = bearer(JWT.create().withClaim("oid", "oid-secretary"), "api://quorum",
				Instant.now().minusSeconds(3600));
		assertThat(call("/api/meetings", expired)).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(call("/api/meetings", "Bearer xyz")).isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void theTrialHeaderNoLongerCounts() {
		HttpHeaders claim = new HttpHeaders();
		claim.set("X-Quorum-User", "oid-admin");
		assertThat(http.exchange("/api/meetings", HttpMethod.GET, new HttpEntity<>(claim), String.class)
			.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		claim.set("X-API-Key", "integration-key");
		assertThat(http.exchange("/api/meetings", HttpMethod.GET, new HttpEntity<>(claim), String.class)
			.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(http.exchange("/api/boards/XYZ", HttpMethod.PUT, new HttpEntity<>(Map.of(), claim), String.class)
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
	}

	private HttpStatusCode call(String path, String authorization) {
		HttpHeaders headers = new HttpHeaders();
		headers.set("Authorization", authorization);
		return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class).getStatusCode();
	}

	private HttpStatusCode put(String path, String authorization) {
		HttpHeaders headers = new HttpHeaders();
		headers.set("Authorization", authorization);
		return http.exchange(path, HttpMethod.PUT, new HttpEntity<>(Map.of(), headers), String.class).getStatusCode();
	}

	private static String token(String oid, String audience) {
		return bearer(JWT.create().withClaim("oid", oid), audience);
	}

	private static String bearer(JWTCreator.Builder token, String audience) {
		return bearer(token, audience, Instant.now().plusSeconds(3600));
	}

	private static String bearer(JWTCreator.Builder token, String audience, Instant expires) {
		return "Bearer " + token.withExpiresAt(Date.from(expires)).withKeyId("entra-key").withIssuer("https://login.microsoftonline.com/tenant/v2.0")
			.withAudience(audience).withClaim("tid", "tenant").withClaim("name", "Test User")
			.sign(Algorithm.RSA256((RSAPublicKey) KEYS.getPublic(), (RSAPrivateKey) KEYS.getPrivate()));
	}

}
