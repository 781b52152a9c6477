package uk.opcc.quorum.bot.security;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import uk.opcc.quorum.bot.QuorumIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Started with nothing configured, Quorum is reachable from this machine only, trusts no
 * claim an activity makes about itself, and shows the public nothing it should not.
 */
@QuorumIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ClosedByDefaultIntegrationTests {

	@Autowired
	Environment environment;

	@Autowired
	TestRestTemplate http;

	@Autowired
	org.springframework.boot.web.server.context.WebServerApplicationContext context;

	@Test
	void listensOnLoopbackOnly(CapturedOutput output) {
		assertThat(environment.getProperty("server.address")).isEqualTo("127.0.0.1");
		var connector = ((org.springframework.boot.tomcat.TomcatWebServer) context.getWebServer()).getTomcat()
			.getConnector();
		assertThat(connector.getProperty("address")).hasToString("/127.0.0.1");
	}

	@Test
	void healthShowsNoDetailsToTheAnonymous() {
		ResponseEntity<Map> health = http.getForEntity("/actuator/health", Map.class);
		assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(health.getBody()).containsEntry("status", "UP").doesNotContainKey("components");
		HttpHeaders admin = new HttpHeaders();
		admin.set("X-Quorum-User", "admin-1");
		ResponseEntity<Map> detailed = http.exchange("/actuator/health", HttpMethod.GET, new HttpEntity<>(admin),
				Map.class);
		assertThat(detailed.getBody()).containsKey("components");
	}

	@Test
	void publicPagesCarrySecurityHeaders() {
		ResponseEntity<String> register = http.getForEntity("/register", String.class);
		assertThat(register.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(register.getHeaders().getFirst("Content-Security-Policy")).contains("default-src 'self'");
		assertThat(register.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(register.getHeaders().getFirst("X-Frame-Options")).isEqualTo("DENY");
	}

	@Test
	void anActivityCannotClaimTheChatPagesTrust() {
		Map<String, Object> activity = activity("http://127.0.0.1:9/chat/connector/");
		activity.put("channelId", "quorum-chat");
		activity.put("channelData", Map.of("quorumRole", "ADMIN"));
		assertThat(http.postForEntity("/api/messages", activity, String.class).getStatusCode())
			.isEqualTo(HttpStatus.BAD_REQUEST);
	}

	@Test
	void repliesGoNowhereButThisMachine(CapturedOutput output) {
		ResponseEntity<String> elsewhere = http.postForEntity("/api/messages",
				activity("https://smba.trafficmanager.net/uk/"), String.class);
		assertThat(elsewhere.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(elsewhere.getBody()).contains("serviceUrl");
	}

	@Test
	void restCallersMustSayWhoTheyAre() {
		ResponseEntity<Map> anonymous = http.getForEntity("/api/decisions", Map.class);
		assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat((String) anonymous.getBody().get("detail")).contains("X-Quorum-User");
		assertThat(anonymous.getHeaders().getContentType().toString()).startsWith("application/problem+json");
	}

	@Test
	void controlCharactersInParametersAreRefused() {
		HttpHeaders staff = new HttpHeaders();
		staff.set("X-Quorum-User", "admin-1");
		// A URI, not a template: the template would encode the '%' itself.
		ResponseEntity<Map> nul = http.exchange(java.net.URI.create(http.getRootUri() + "/api/actions?owner=%00"),
				HttpMethod.GET, new HttpEntity<>(staff), Map.class);
		assertThat(nul.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(nul.getHeaders().getContentType().toString()).startsWith("application/problem+json");
	}

	private static Map<String, Object> activity(String serviceUrl) {
		Map<String, Object> activity = new HashMap<>();
		activity.put("type", "message");
		activity.put("id", UUID.randomUUID().toString());
		activity.put("channelId", "msteams");
		activity.put("serviceUrl", serviceUrl);
		activity.put("from", Map.of("id", "29:x", "aadObjectId", "x"));
		activity.put("recipient", Map.of("id", "quorum"));
		activity.put("conversation", Map.of("id", "c-" + UUID.randomUUID(), "conversationType", "personal"));
		activity.put("text", "help");
		return activity;
	}

}
