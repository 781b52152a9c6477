package uk.opcc.quorum.bot.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import uk.opcc.quorum.bot.QuorumIntegrationTest;
import uk.opcc.quorum.bot.RestRoutes;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One error format: every REST route, sent a request it must refuse (a body that is not
 * JSON, an unknown id), and every refusal made before a controller runs (no caller, wrong
 * role, a firewall rejection, unknown path, wrong method, wrong media type, an oversized
 * activity) answers {@code application/problem+json} with a sentence.
 */
@QuorumIntegrationTest
class ProblemFormatIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@Test
	void everyControllerRefusesAsAProblemDocument() throws Exception {
		List<String> wrong = new ArrayList<>();
		int refusals = 0;
		for (RestRoutes.Route route : RestRoutes.of(mappings, "no-such-id")) {
			HttpResponse<String> response = send(route.method(), route.path(), "admin-1", "application/json",
					"{not json");
			if (response.statusCode() >= 400) {
				refusals++;
				if (!problem(response)) {
					wrong.add(route.method() + " " + route.path() + " -> " + response.statusCode() + " "
							+ response.body());
				}
			}
		}
		assertThat(refusals).isGreaterThan(25);
		assertThat(wrong).isEmpty();
	}

	@Test
	void refusalsBeforeAnyControllerAreProblemDocumentsToo() throws Exception {
		List<HttpResponse<String>> responses = List.of(send("GET", "/api/decisions", null, null, null),
				send("PUT", "/api/boards/SGB", "a-candidate", "application/json", "{}"),
				send("GET", "/api;x/decisions", "admin-1", null, null),
				send("GET", "/api/no-such-thing", "admin-1", null, null),
				send("DELETE", "/api/decisions", "admin-1", null, null),
				send("POST", "/api/decisions", "admin-1", "text/csv", "a,b"),
				send("POST", "/api/messages", null, "application/json", "{\"type\":\"message\"}"),
				send("POST", "/api/messages", null, "application/json", "x".repeat(300_000)),
				send("GET", "/api/actions?status=SOMETIMES", "admin-1", null, null));
		for (HttpResponse<String> response : responses) {
			assertThat(response.statusCode()).as(response.uri().toString()).isBetween(400, 499);
			assertThat(problem(response)).as(response.uri() + " " + response.body()).isTrue();
		}
	}

	private static boolean problem(HttpResponse<String> response) {
		return response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")
				&& response.body().contains("\"detail\"") && !response.body().contains("\tat ");
	}

	private HttpResponse<String> send(String method, String path, String user, String type, String body)
			throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.method(method,
					body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
		if (user != null) {
			request.header("X-Quorum-User", user);
		}
		if (type != null) {
			request.header("Content-Type", type);
		}
		return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
