package uk.opcc.quorum.bot.api;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import uk.opcc.quorum.bot.QuorumIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With sign-in and quorum.api.key configured, a caller without a token must send the key;
 * the key acts as staff only. Trial mode with a key is RestCallerFilterTests'.
 */
@QuorumIntegrationTest(profiles = { "test", "signin" })
class ApiKeyIntegrationTests {

	@Autowired
	TestRestTemplate http;

	@Test
	void refusesCallsWithoutTheKey() {
		ResponseEntity<Map> response = http.getForEntity("/api/knowledge/documents", Map.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat((String) response.getBody().get("detail")).contains("X-API-Key");
	}

	@Test
	void refusesAWrongKey() {
		assertThat(call("wrong").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void acceptsTheKey() {
		assertThat(call("integration-key").getStatusCode()).isEqualTo(HttpStatus.OK);
	}

	@Test
	void theKeyActsAsStaffAndNothingMore() {
		HttpHeaders headers = new HttpHeaders();
		headers.set("X-API-Key", "integration-key");
		assertThat(http.exchange("/api/boards/SGB", HttpMethod.PUT, new HttpEntity<>(Map.of(), headers), String.class)
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
	}

	/**
	 * The description says what this configuration accepts: a token, or the key alone.
	 */
	@Test
	void theDescriptionNamesATokenOrTheKey() {
		HttpHeaders headers = new HttpHeaders();
		headers.set("X-API-Key", "integration-key");
		ResponseEntity<Map> description = http.exchange("/v3/api-docs", HttpMethod.GET, new HttpEntity<>(headers),
				Map.class);
		assertThat(description.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(description.getBody().get("security"))
			.isEqualTo(List.of(Map.of("entraToken", List.of()), Map.of("apiKey", List.of())));
		assertThat(http.getForEntity("/v3/api-docs", Map.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void healthNeedsNoKey() {
		assertThat(http.getForEntity("/actuator/health", Map.class).getStatusCode()).isEqualTo(HttpStatus.OK);
	}

	private ResponseEntity<String> call(String key) {
		HttpHeaders headers = new HttpHeaders();
		headers.set("X-API-Key", key);
		return http.exchange("/api/knowledge/documents", HttpMethod.GET, new HttpEntity<>(headers), String.class);
	}

}
