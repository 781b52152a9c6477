package uk.opcc.quorum.bot.security;

import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTCreator;
import com.auth0.jwt.algorithms.Algorithm;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

import uk.opcc.quorum.bot.MicrosoftStandIn;
import uk.opcc.quorum.bot.QuorumIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With sign-in configured, REST callers present Entra ID access tokens
 * ({@link MicrosoftStandIn} publishes the test signing key): roles come from the user's
 * object id, the token's groups and its app roles, mapped as for Teams users; the trial
 * header no longer counts, and the integration key stays staff whatever else the request
 * says.
 */
@QuorumIntegrationTest(profiles = { "test", "signin" })
class SignInIntegrationTests {

	static final java.security.KeyPair KEYS = MicrosoftStandIn.ENTRA_KEYS;

	@Autowired
	TestRestTemplate http;

	@BeforeEach
	void reset() {
		MicrosoftStandIn.reset();
	}

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
		assertThat(call("/api/meetings", token("oid-secretary", "api://another-app")))
			.isEqualTo(HttpStatus.UNAUTHORIZED);
		String expired = bearer(JWT.create().withClaim("oid", "oid-secretary"), "api://quorum",
				Instant.now().minusSeconds(3600));
		assertThat(call("/api/meetings", expired)).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(call("/api/meetings", "Bearer xyz")).isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void theTrialHeaderNoLongerCounts() {
		HttpHeaders claim = new HttpHeaders();
		claim.set("X-Quorum-User", "oid-admin");
		assertThat(
				http.exchange("/api/meetings", HttpMethod.GET, new HttpEntity<>(claim), String.class).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
		claim.set("X-API-Key", "integration-key");
		assertThat(
				http.exchange("/api/meetings", HttpMethod.GET, new HttpEntity<>(claim), String.class).getStatusCode())
			.isEqualTo(HttpStatus.OK);
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
		return "Bearer " + token.withExpiresAt(Date.from(expires))
			.withKeyId(MicrosoftStandIn.ENTRA_KEY_ID)
			.withIssuer("https://login.microsoftonline.com/tenant/v2.0")
			.withAudience(audience)
			.withClaim("tid", "tenant")
			.withClaim("name", "Test User")
			.sign(Algorithm.RSA256((RSAPublicKey) KEYS.getPublic(), (RSAPrivateKey) KEYS.getPrivate()));
	}

}
