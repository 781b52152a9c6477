package uk.opcc.quorum.scheduler.calendar;

import java.net.URI;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

import uk.opcc.quorum.scheduler.GraphConnection;
import uk.opcc.quorum.scheduler.SchedulingException;

/**
 * Calls Microsoft Graph through the connection the application provides (signed in, and
 * retrying what Graph asks to be retried), and turns what Graph refuses into the
 * scheduler's own errors.
 */
public class GraphClient {

	private static final Logger log = LoggerFactory.getLogger(GraphClient.class);

	private final RestClient http;

	public GraphClient(GraphConnection graph) {
		this.http = graph.http();
	}

	/**
	 * {@code path} is already encoded and starts with a slash; it is resolved under
	 * Graph's versioned root.
	 */
	public JsonNode call(HttpMethod method, String path, Map<String, ?> body) {
		try {
			RestClient.RequestBodySpec request = http.method(method)
				.uri(URI.create(path.startsWith("/") ? path.substring(1) : path))
				.header("Prefer", "outlook.timezone=\"UTC\"");
			if (body != null) {
				request.contentType(MediaType.APPLICATION_JSON).body(body);
			}
			return request.retrieve().body(JsonNode.class);
		}
		catch (RestClientResponseException ex) {
			throw refused(method, path, ex.getStatusCode().value(), ex.getResponseBodyAsString());
		}
		catch (ResourceAccessException ex) {
			throw new SchedulingException(SchedulingException.Reason.CALENDAR_UNAVAILABLE,
					"Microsoft Graph could not be reached (" + ex.getMostSpecificCause().getMessage()
							+ "); nothing was changed.",
					ex);
		}
	}

	private SchedulingException refused(HttpMethod method, String path, int status, String body) {
		log.warn("Graph {} {} answered {}: {}", method, path, status, body);
		String why = status == 401 || status == 403 ? "Quorum's app registration is not allowed to do this (HTTP "
				+ status + "); check its Graph permissions." : "Microsoft Graph answered HTTP " + status + ".";
		return new SchedulingException(SchedulingException.Reason.CALENDAR_UNAVAILABLE,
				"The calendar could not be updated: " + why + " Nothing was changed.");
	}

}
