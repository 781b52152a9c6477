package uk.opcc.quorum;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;

import uk.opcc.quorum.bot.QuorumIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@QuorumIntegrationTest
class QuorumApplicationIntegrationTests {

	@Autowired
	TestRestTemplate http;

	@Test
	@SuppressWarnings("unchecked")
	void healthIsUpWithMongoCheck() {
		// Details are for administrators only.
		org.springframework.http.HttpHeaders admin = new org.springframework.http.HttpHeaders();
		admin.set("X-Quorum-User", "admin-1");
		Map<String, Object> health = http
			.exchange("/actuator/health", org.springframework.http.HttpMethod.GET,
					new org.springframework.http.HttpEntity<>(admin), Map.class)
			.getBody();
		assertThat(health).containsEntry("status", "UP");
		Map<String, Object> components = (Map<String, Object>) health.get("components");
		assertThat((Map<String, Object>) components.get("mongo")).containsEntry("status", "UP");
	}

	@Test
	@SuppressWarnings("unchecked")
	void infoShowsVersionAndActiveDefaults() {
		Map<String, Object> info = http.getForObject("/actuator/info", Map.class);
		assertThat((Map<String, Object>) info.get("build")).containsKey("version");
		Map<String, Object> quorum = (Map<String, Object>) info.get("quorum");
		assertThat((Map<String, Object>) quorum.get("store")).containsEntry("embedded", true);
		assertThat((Map<String, Object>) quorum.get("llm")).containsEntry("configured", false)
			.containsEntry("answers", "extractive");
	}

}
