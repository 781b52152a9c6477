package uk.opcc.quorum.bot.api;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/** With quorum.api.key configured, the REST API answers only callers that send it; the key acts as staff only. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "quorum.store.in-memory=true", "quorum.api.key=s3cret-key",
				"quorum.knowledge.index-dir=${java.io.tmpdir}/quorum-api-key-${random.uuid}" })
@AutoConfigureTestRestTemplate
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
		assertThat(call("s3cret-key").getStatusCode()).isEqualTo(HttpStatus.OK);
	}

	@Test
	void theKeyActsAsStaffAndNothingMore() {
		HttpHeaders headers = new HttpHeaders();
		headers.set("X-API-Key", "s3cret-key");
		assertThat(http.exchange("/api/boards/SGB", HttpMethod.PUT, new HttpEntity<>(Map.of(), headers), String.class)
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
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
