package uk.opcc.quorum.bot.system;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;
import org.springframework.web.client.RestClient;

import uk.opcc.quorum.scheduler.GraphConnection;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one Graph client as the application builds it, against Graph and the tenant's token
 * endpoint on WireMock.
 */
class GraphConnectionTests {

	static final WireMockServer entra = new WireMockServer(options().dynamicPort());

	@BeforeAll
	static void start() {
		entra.start();
	}

	@AfterAll
	static void stop() {
		entra.stop();
	}

	@Test
	void signsInOnceForManyCallsAndSendsTheTokenWithEach() {
		entra.stubFor(post(urlEqualTo("/tenant/oauth2/v2.0/token"))
			.willReturn(okJson("{\"access_token\":\"token-1\",\"expires_in\":3600,\"token_type\":\"Bearer\"}")));
		entra.stubFor(get(urlPathEqualTo("/v1.0/groups/g-1")).withHeader("Authorization", equalTo("Bearer token-1"))
			.willReturn(okJson("{\"id\":\"g-1\"}")));
		RestClient graph = connection().http();

		assertThat(graph.get().uri(URI.create("groups/g-1")).retrieve().body(String.class)).contains("g-1");
		assertThat(graph.get().uri(URI.create("groups/g-1?$select=id")).retrieve().body(String.class)).contains("g-1");

		entra.verify(2, getRequestedFor(urlPathEqualTo("/v1.0/groups/g-1")));
		entra.verify(1,
				postRequestedFor(urlEqualTo("/tenant/oauth2/v2.0/token"))
					.withFormParam("grant_type", equalTo("client_credentials"))
					.withFormParam("client_id", equalTo("quorum-app"))
					.withFormParam("scope", equalTo("https://graph.microsoft.com/.default")));
	}

	private static GraphConnection connection() {
		MockEnvironment environment = new MockEnvironment()
			.withProperty("spring.security.oauth2.client.registration.graph.provider", "graph")
			.withProperty("spring.security.oauth2.client.registration.graph.client-id", "quorum-app")
			.withProperty("spring.security.oauth2.client.registration.graph.client-secret", "secret")
			.withProperty("spring.security.oauth2.client.registration.graph.client-authentication-method",
					"client_secret_post")
			.withProperty("spring.security.oauth2.client.registration.graph.authorization-grant-type",
					"client_credentials")
			.withProperty("spring.security.oauth2.client.registration.graph.scope",
					"https://graph.microsoft.com/.default")
			.withProperty("spring.security.oauth2.client.provider.graph.token-uri",
					entra.baseUrl() + "/tenant/oauth2/v2.0/token");
		GraphProperties properties = new GraphProperties(URI.create(entra.baseUrl() + "/v1.0"), 3,
				Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(10));
		return new GraphConfiguration().graphConnection(environment, properties, RestClient.builder(),
				Clock.systemUTC());
	}

}
