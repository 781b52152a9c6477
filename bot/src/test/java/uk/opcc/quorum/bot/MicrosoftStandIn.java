package uk.opcc.quorum.bot;

import java.security.KeyPair;

import com.github.tomakehurst.wiremock.WireMockServer;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * Everything of Microsoft's that Quorum talks to, as one WireMock server for the whole
 * test JVM: the Teams connector ({@code /v3/conversations/...}), the Bot Framework's
 * OpenID metadata and signing keys, Entra ID's key set, Graph's token endpoint and API,
 * and a language model ({@link #OPENAI}). One server, because the application contexts it
 * serves are cached and shared by many test classes, and a context must not outlive the
 * server its URLs point at; it stops with the JVM. Test classes run one after another, so
 * {@link #reset()} before each test gives every test the defaults alone.
 */
public final class MicrosoftStandIn {

	/**
	 * The bot's Microsoft app id in the {@code teams} profile (application-teams.yml).
	 */
	public static final String APP_ID = "5d0e9c2a-1111-4c6b-9a8e-2f4b8a7c3d10";

	/**
	 * Signs Bot Framework tokens, published with kid {@value #BOT_KEY_ID}, endorsed for
	 * msteams.
	 */
	public static final KeyPair BOT_KEYS = TestKeys.rsa();

	public static final String BOT_KEY_ID = "test-key";

	/** Signs Entra ID access tokens, published with kid {@value #ENTRA_KEY_ID}. */
	public static final KeyPair ENTRA_KEYS = TestKeys.rsa();

	public static final String ENTRA_KEY_ID = "entra-key";

	/** The access token Graph's token endpoint hands out. */
	public static final String GRAPH_TOKEN = "graph-token";

	public static final String BOT_METADATA = "/v1/.well-known/openidconfiguration";

	public static final String GRAPH_TOKEN_PATH = "/tenant/oauth2/v2.0/token";

	public static final String GRAPH = "/graph/v1.0";

	/**
	 * An OpenAI-compatible endpoint (Azure OpenAI, Foundry) for the {@code llm} profile:
	 * nothing is served there unless a test stubs {@code .../chat/completions}, so a
	 * request without a stub fails as an unreachable model would.
	 */
	public static final String OPENAI = "/openai/v1";

	// Below every test's own stubs (WireMock's default priority is 5), so a test's stub
	// always wins.
	private static final int DEFAULT = 10;

	private static final WireMockServer server = start();

	private MicrosoftStandIn() {
	}

	private static WireMockServer start() {
		// Threads enough for many replies in flight at once (the fuzz test, the
		// connector's retries).
		WireMockServer wiremock = new WireMockServer(options().dynamicPort().containerThreads(60));
		wiremock.start();
		Runtime.getRuntime().addShutdownHook(new Thread(wiremock::stop, "microsoft-stand-in-stop"));
		defaults(wiremock);
		return wiremock;
	}

	public static WireMockServer server() {
		return server;
	}

	public static String baseUrl() {
		return server.baseUrl();
	}

	/**
	 * Forgets every stub and request a test added or made, and serves the defaults again.
	 */
	public static void reset() {
		server.resetAll();
		defaults(server);
	}

	private static void defaults(WireMockServer wiremock) {
		String base = wiremock.baseUrl();
		wiremock.stubFor(any(urlPathMatching("/v3/conversations/.*")).atPriority(DEFAULT)
			.willReturn(aResponse().withStatus(200)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"id\":\"sent-1\"}")));
		wiremock.stubFor(get(urlPathEqualTo(BOT_METADATA)).atPriority(DEFAULT)
			.willReturn(okJson("{\"issuer\":\"https://api.botframework.com\",\"jwks_uri\":\"" + base
					+ "/botframework/keys\"," + "\"id_token_signing_alg_values_supported\":[\"RS256\"]}")));
		wiremock.stubFor(get(urlPathEqualTo("/botframework/keys")).atPriority(DEFAULT)
			.willReturn(okJson(TestKeys.keySet(BOT_KEYS, BOT_KEY_ID, "\"endorsements\":[\"msteams\"]"))));
		wiremock.stubFor(get(urlPathEqualTo("/entra/keys")).atPriority(DEFAULT)
			.willReturn(okJson(TestKeys.keySet(ENTRA_KEYS, ENTRA_KEY_ID, "\"alg\":\"RS256\""))));
		wiremock.stubFor(post(urlPathEqualTo(GRAPH_TOKEN_PATH)).atPriority(DEFAULT)
			.willReturn(okJson(
					"{\"access_token\":\"" + GRAPH_TOKEN + "\",\"expires_in\":3600,\"token_type\":\"Bearer\"}")));
		// Nobody is in an Entra group unless a test says so.
		wiremock.stubFor(post(urlPathMatching(GRAPH + "/users/[^/]+/getMemberGroups")).atPriority(DEFAULT)
			.willReturn(okJson("{\"value\":[]}")));
		wiremock.stubFor(get(urlPathMatching(GRAPH + "/groups/[^/]+/transitiveMembers.*")).atPriority(DEFAULT)
			.willReturn(okJson("{\"value\":[]}")));
	}

}
