package uk.opcc.quorum.bot.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Set;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The one retry policy against a real HTTP server that throttles as Graph and Teams do.
 */
class RetryAfterPolicyTests {

	static final WireMockServer server = new WireMockServer(options().dynamicPort());

	static final Instant NOW = Instant.parse("2027-01-04T09:00:00Z");

	RestClient http;

	@BeforeAll
	static void start() {
		server.start();
	}

	@AfterAll
	static void stop() {
		server.stop();
	}

	@BeforeEach
	void reset() {
		server.resetAll();
		http = RestClient.create(server.baseUrl());
	}

	@Test
	void waitsTheSecondsRetryAfterGives() {
		throttleOnceWith("429", "1");

		long took = timed(policy(3, Duration.ofSeconds(30)));

		assertThat(took).isBetween(1_000L, 10_000L);
		server.verify(2, getRequestedFor(urlEqualTo("/thing")));
	}

	@Test
	void waitsUntilTheHttpDateRetryAfterGives() {
		throttleOnceWith("503", DateTimeFormatter.RFC_1123_DATE_TIME.format(NOW.plusSeconds(1).atZone(ZoneOffset.UTC)));

		long took = timed(policy(3, Duration.ofSeconds(30)));

		assertThat(took).isBetween(1_000L, 10_000L);
		server.verify(2, getRequestedFor(urlEqualTo("/thing")));
	}

	@Test
	void neverWaitsLongerThanTheMaximumBackOff() {
		throttleOnceWith("429", "120");

		long took = timed(policy(3, Duration.ofMillis(200)));

		assertThat(took).isBetween(200L, 10_000L);
		server.verify(2, getRequestedFor(urlEqualTo("/thing")));
	}

	@Test
	void doesNotRetryAStatusItWasNotGiven() {
		server.stubFor(get("/thing").willReturn(aResponse().withStatus(403).withHeader("Retry-After", "1")));

		assertThatThrownBy(() -> timed(policy(3, Duration.ofSeconds(30)))).isInstanceOfSatisfying(
				RestClientResponseException.class, ex -> assertThat(ex.getStatusCode().value()).isEqualTo(403));
		server.verify(1, getRequestedFor(urlEqualTo("/thing")));
	}

	@Test
	void givesUpAfterItsRetriesWithTheLastAnswer() {
		server.stubFor(get("/thing").willReturn(aResponse().withStatus(504).withHeader("Retry-After", "0")));

		assertThatThrownBy(() -> timed(policy(2, Duration.ofSeconds(30)))).isInstanceOfSatisfying(
				RestClientResponseException.class, ex -> assertThat(ex.getStatusCode().value()).isEqualTo(504));
		server.verify(3, getRequestedFor(urlEqualTo("/thing")));
	}

	@Test
	void doublesFromTheFirstWaitWhenNothingIsSaid() {
		RetryAfterPolicy policy = policy(5, Duration.ofSeconds(3));

		assertThat(policy.waitBefore(1, null)).isEqualTo(Duration.ofMillis(500));
		assertThat(policy.waitBefore(3, "soon")).isEqualTo(Duration.ofSeconds(2));
		assertThat(policy.waitBefore(5, null)).isEqualTo(Duration.ofSeconds(3));
	}

	private void throttleOnceWith(String status, String retryAfter) {
		server.stubFor(get("/thing").inScenario("throttle")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(Integer.parseInt(status)).withHeader("Retry-After", retryAfter))
			.willSetStateTo("calm"));
		server.stubFor(get("/thing").inScenario("throttle").whenScenarioStateIs("calm").willReturn(ok("done")));
	}

	private static RetryAfterPolicy policy(int retries, Duration maxBackoff) {
		return new RetryAfterPolicy(Set.of(429, 503, 504), retries, Duration.ofMillis(500), maxBackoff,
				Clock.fixed(NOW, ZoneOffset.UTC));
	}

	private long timed(RetryAfterPolicy policy) {
		long started = System.nanoTime();
		String body = policy.call(() -> http.get().uri("/thing").retrieve().body(String.class),
				failure -> failure instanceof RestClientResponseException ex
						? new RetryAfterPolicy.Refusal(ex.getStatusCode().value(),
								ex.getResponseHeaders() == null ? null
										: ex.getResponseHeaders().getFirst("Retry-After"))
						: RetryAfterPolicy.Refusal.NONE);
		assertThat(body).isEqualTo("done");
		return (System.nanoTime() - started) / 1_000_000;
	}

}
