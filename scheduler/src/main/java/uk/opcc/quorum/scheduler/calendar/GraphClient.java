package uk.opcc.quorum.scheduler.calendar;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;
import org.springframework.web.client.ResourceAccessException;

import uk.opcc.quorum.scheduler.SchedulerProperties;
import uk.opcc.quorum.scheduler.SchedulingException;

/**
 * Calls Microsoft Graph with an app-only token (client credentials). A throttled or unavailable call is retried
 * after Graph's Retry-After; an expired or revoked token is replaced once.
 */
public class GraphClient {

	private static final Logger log = LoggerFactory.getLogger(GraphClient.class);

	private final RestClient http;

	private final SchedulerProperties.Graph graph;

	private final Clock clock;

	private final ReentrantLock tokenLock = new ReentrantLock();

	private volatile Token token;

	public GraphClient(RestClient.Builder builder, SchedulerProperties.Graph graph, Clock clock) {
		// WireMock and some proxies do not speak HTTP/2 cleartext; Graph is fine with 1.1.
		HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(10)).build();
		JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(client);
		factory.setReadTimeout(Duration.ofSeconds(30));
		this.http = builder.clone().requestFactory(factory).build();
		this.graph = graph;
		this.clock = clock;
	}

	public JsonNode call(HttpMethod method, String path, Map<String, ?> body) {
		boolean tokenRenewed = false;
		for (int attempt = 0;; attempt++) {
			try {
				RestClient.RequestBodySpec request = http.method(method)
					.uri(java.net.URI.create(graph.baseUrl().toString().replaceAll("/$", "") + path))
					.headers(h -> h.setBearerAuth(token()))
					.header("Prefer", "outlook.timezone=\"UTC\"");
				if (body != null) {
					request.contentType(MediaType.APPLICATION_JSON).body(body);
				}
				return request.retrieve().body(JsonNode.class);
			}
			catch (RestClientResponseException ex) {
				HttpStatusCode status = ex.getStatusCode();
				if (status.value() == 401 && !tokenRenewed) {
					tokenRenewed = true;
					token = null;
					continue;
				}
				if (retryable(status) && attempt < graph.retries()) {
					pause(retryAfter(ex.getResponseHeaders() == null ? null
							: ex.getResponseHeaders().getFirst("Retry-After"), attempt));
					continue;
				}
				throw refused(method, path, status.value(), ex.getResponseBodyAsString());
			}
			catch (ResourceAccessException ex) {
				throw new SchedulingException(SchedulingException.Reason.CALENDAR_UNAVAILABLE,
						"Microsoft Graph could not be reached (" + ex.getMostSpecificCause().getMessage()
								+ "); nothing was changed.", ex);
			}
		}
	}

	private static boolean retryable(HttpStatusCode status) {
		return status.value() == 429 || status.value() == 503 || status.value() == 504;
	}

	private Duration retryAfter(String header, int attempt) {
		Duration wait = Duration.ofSeconds(1L << Math.min(attempt, 5));
		if (header != null) {
			try {
				wait = Duration.ofSeconds(Long.parseLong(header.strip()));
			}
			catch (NumberFormatException ignored) {
				// An HTTP date is allowed too; the exponential wait is a fine stand-in.
			}
		}
		return wait.compareTo(graph.maxBackoff()) > 0 ? graph.maxBackoff() : wait;
	}

	private static void pause(Duration wait) {
		try {
			Thread.sleep(wait.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new SchedulingException(SchedulingException.Reason.CALENDAR_UNAVAILABLE,
					"Interrupted while Microsoft Graph asked to wait; nothing was changed.");
		}
	}

	private SchedulingException refused(HttpMethod method, String path, int status, String body) {
		log.warn("Graph {} {} answered {}: {}", method, path, status, body);
		String why = status == 401 || status == 403
				? "Quorum's app registration is not allowed to do this (HTTP " + status + "); check its Graph permissions."
				: "Microsoft Graph answered HTTP " + status + ".";
		return new SchedulingException(SchedulingException.Reason.CALENDAR_UNAVAILABLE,
				"The calendar could not be updated: " + why + " Nothing was changed.");
	}

	private String token() {
		Token current = token;
		if (current != null && current.validAt(clock.instant())) {
			return current.value();
		}
		tokenLock.lock();
		try {
			if (token == null || !token.validAt(clock.instant())) {
				token = fetchToken();
			}
			return token.value();
		}
		finally {
			tokenLock.unlock();
		}
	}

	private Token fetchToken() {
		LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("grant_type", "client_credentials");
		form.add("client_id", graph.clientId());
		form.add("client_secret", graph.clientSecret());
		form.add("scope", "https://graph.microsoft.com/.default");
		try {
			JsonNode answer = http.post().uri(java.net.URI.create(graph.tokenUrl())).contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.body(form).retrieve().body(JsonNode.class);
			long seconds = answer.path("expires_in").asLong(3600);
			return new Token(answer.path("access_token").asString(), clock.instant().plusSeconds(seconds));
		}
		catch (RestClientResponseException | ResourceAccessException ex) {
			throw new SchedulingException(SchedulingException.Reason.CALENDAR_UNAVAILABLE,
					"Quorum could not sign in to Microsoft Graph (check quorum.scheduler.graph.client-id, client-secret "
							+ "and token-url); nothing was changed.", ex);
		}
	}

	private record Token(String value, Instant expires) {

		boolean validAt(Instant now) {
			// A minute's margin so a token does not expire between check and use.
			return now.plusSeconds(60).isBefore(expires);
		}

	}

}
