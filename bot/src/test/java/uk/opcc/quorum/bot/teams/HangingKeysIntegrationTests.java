package uk.opcc.quorum.bot.teams;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The channel's key endpoint hangs: tokens are refused within the configured time-out, and the rest of Quorum keeps
 * answering, because only one request thread ever waits on the fetch and a failure is remembered.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "quorum.store.in-memory=true", "MicrosoftAppId=" + BotTokenIntegrationTests.APP_ID,
				"MicrosoftAppPassword=test-secret", "quorum.teams.service-hosts=localhost",
				"quorum.teams.key-timeout=2s", "server.tomcat.threads.max=20" })
class HangingKeysIntegrationTests {

	static final WireMockServer hanging = new WireMockServer(options().dynamicPort().containerThreads(60));

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) throws Exception {
		hanging.start();
		hanging.stubFor(get(urlPathEqualTo("/v1/.well-known/openidconfiguration"))
			.willReturn(aResponse().withFixedDelay(60_000).withBody("{}")));
		Path root = Files.createTempDirectory("quorum-hanging-keys");
		registry.add("BotOpenIdMetadata", () -> hanging.baseUrl() + "/v1/.well-known/openidconfiguration");
		registry.add("quorum.store.data-dir", root::toString);
		registry.add("quorum.knowledge.index-dir", () -> root.resolve("index").toString());
	}

	@AfterAll
	static void stop() {
		hanging.stop();
	}

	@LocalServerPort
	int port;

	@Test
	void aHangingKeyEndpointHoldsNoRequestLongerThanTheTimeOut() throws Exception {
		String token = BotTokenIntegrationTests.token(BotTokenIntegrationTests.APP_ID, Instant.now().plusSeconds(3600),
				BotTokenIntegrationTests.KEYS, "http://localhost:" + hanging.port() + "/");
		String body = new tools.jackson.databind.json.JsonMapper()
			.writeValueAsString(BotTokenIntegrationTests.activity("http://localhost:" + hanging.port() + "/"));
		HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		ExecutorService callers = Executors.newFixedThreadPool(100);
		try {
			List<Future<Integer>> answers = new ArrayList<>();
			long start = System.nanoTime();
			for (int i = 0; i < 200; i++) {
				answers.add(callers.submit(() -> client.send(HttpRequest.newBuilder(URI.create(url("/api/messages")))
					.header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(body)).timeout(Duration.ofSeconds(30)).build(),
						HttpResponse.BodyHandlers.discarding()).statusCode()));
			}
			// While they are in flight, the rest of Quorum answers.
			HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create(url("/actuator/health")))
				.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
			assertThat(health.statusCode()).isEqualTo(200);
			for (Future<Integer> answer : answers) {
				assertThat(answer.get()).isEqualTo(401);
			}
			// Every request was answered within the 2 s time-out plus a margin for two busy cores, not after 60 s.
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
		}
		finally {
			callers.shutdownNow();
		}
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
