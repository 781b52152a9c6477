package uk.opcc.quorum.bot.teams;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

import uk.opcc.quorum.bot.MicrosoftStandIn;
import uk.opcc.quorum.bot.QuorumIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With authentication on, a token is read before it is refused, and what it carries must
 * not become a log line of its own. The SDK logs an unknown key id as it came; a key id
 * holding a line break forged a line.
 */
@QuorumIntegrationTest(profiles = { "test", "teams" })
@ExtendWith(OutputCaptureExtension.class)
class TokenLogIntegrationTests {

	static final String APP_ID = MicrosoftStandIn.APP_ID;

	static final WireMockServer channel = MicrosoftStandIn.server();

	@Autowired
	TestRestTemplate http;

	@BeforeEach
	void reset() {
		MicrosoftStandIn.reset();
	}

	@Test
	void keyIdWithALineBreakIsRefusedWithoutForgingALogLine(CapturedOutput output) {
		String header = base64(
				"{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"k\\n2026-01-01T00:00:00Z ERROR forged line\"}");
		String payload = base64("{\"iss\":\"https://api.botframework.com\",\"aud\":\"" + APP_ID + "\",\"exp\":"
				+ Instant.now().plusSeconds(3600).getEpochSecond() + "}");

		assertThat(send("Bearer " + header + "." + payload + ".c2ln").getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(send("Bearer " + base64("{\"kid\":\"x\"}\nforged line") + "." + payload + ".c2ln").getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);

		assertThat(output.getAll()
			.lines()
			.filter(line -> line.startsWith("2026-01-01T00:00:00Z") || line.startsWith("forged line"))).isEmpty();
		assertThat(output.getAll()).doesNotContain("\tat ");
	}

	private org.springframework.http.ResponseEntity<String> send(String authorization) {
		HttpHeaders headers = new HttpHeaders();
		headers.set("Authorization", authorization);
		Map<String, Object> activity = Map.of("type", "message", "id", UUID.randomUUID().toString(), "channelId",
				"msteams", "serviceUrl", channel.baseUrl() + "/", "from",
				Map.of("id", "29:user", "aadObjectId", "user"), "recipient", Map.of("id", "28:" + APP_ID),
				"conversation", Map.of("id", "personal-" + UUID.randomUUID(), "conversationType", "personal"), "text",
				"help");
		return http.postForEntity("/api/messages", new HttpEntity<>(activity, headers), String.class);
	}

	private static String base64(String json) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
	}

}
