package uk.opcc.quorum.bot.teams;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.util.unit.DataSize;
import org.springframework.web.client.RestClient;

import uk.opcc.quorum.bot.MicrosoftStandIn;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The channel's key endpoint hangs: tokens are refused within the configured time-out,
 * however many requests check one at once, because only one thread ever waits on the
 * fetch and a failure is remembered (for a minute). A server of its own, not
 * {@link MicrosoftStandIn}: the hanging request holds one of its threads for a minute.
 */
class HangingKeysTests {

	private static final String METADATA = "/v1/.well-known/openidconfiguration";

	private static final Duration TIME_OUT = Duration.ofSeconds(2);

	// the time-out plus a margin for 200 threads on two busy cores, far below the
	// endpoint's 60 s
	private static final Duration MARGIN = Duration.ofSeconds(8);

	static final WireMockServer hanging = new WireMockServer(options().dynamicPort().containerThreads(20));

	@BeforeAll
	static void hang() {
		hanging.start();
		hanging.stubFor(get(urlPathEqualTo(METADATA)).willReturn(aResponse().withFixedDelay(60_000).withBody("{}")));
	}

	@AfterAll
	static void stop() {
		hanging.stop();
	}

	@Test
	void aHangingKeyEndpointHoldsNoCheckLongerThanTheTimeOut() throws Exception {
		MockEnvironment environment = new MockEnvironment().withProperty("MicrosoftAppId", MicrosoftStandIn.APP_ID)
			.withProperty("BotOpenIdMetadata", hanging.baseUrl() + METADATA);
		JwtDecoder decoder = new BotTokens(environment, properties(), RestClient.builder(), Clock.systemUTC())
			.decoder();
		String token = BotTokenIntegrationTests.token(MicrosoftStandIn.APP_ID, Instant.now().plusSeconds(3600),
				MicrosoftStandIn.BOT_KEYS, hanging.baseUrl() + "/");

		// The first wave meets the fetch in flight; the second, the failure remembered.
		for (int wave = 0; wave < 2; wave++) {
			List<Duration> took = decodeAtOnce(decoder, token, 200);
			assertThat(took).hasSize(200).allSatisfy(time -> assertThat(time).isLessThan(TIME_OUT.plus(MARGIN)));
			assertThat(hanging.findAll(getRequestedFor(urlPathEqualTo(METADATA)))).as("fetches within a minute")
				.hasSize(1);
		}
	}

	/**
	 * How long each of {@code count} simultaneous checks took to fail; a check that
	 * succeeds fails the test.
	 */
	private static List<Duration> decodeAtOnce(JwtDecoder decoder, String token, int count) throws Exception {
		ExecutorService callers = Executors.newFixedThreadPool(count);
		try {
			List<Future<Duration>> answers = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				Callable<Duration> check = () -> {
					long start = System.nanoTime();
					try {
						decoder.decode(token);
						throw new AssertionError("A token was accepted without the channel's keys.");
					}
					catch (JwtException refused) {
						return Duration.ofNanos(System.nanoTime() - start);
					}
				};
				answers.add(callers.submit(check));
			}
			List<Duration> took = new ArrayList<>();
			for (Future<Duration> answer : answers) {
				took.add(answer.get());
			}
			return took;
		}
		finally {
			callers.shutdownNow();
		}
	}

	private static TeamsProperties properties() {
		return new TeamsProperties(List.of(), Map.of(), DataSize.ofKilobytes(256), DataSize.ofKilobytes(80), 4,
				Duration.ofSeconds(30), Duration.ofHours(24), 16, List.of("localhost"), List.of(),
				List.of("https://api.botframework.com"), TIME_OUT);
	}

}
