package uk.opcc.quorum.bot.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import uk.opcc.quorum.bot.QuorumIntegrationTest;
import uk.opcc.quorum.bot.RestRoutes;
import uk.opcc.quorum.bot.RestRoutes.Route;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every protected route, under every spelling a path can take (';' parameters, encoded
 * letters, encoded dots and slashes, double slashes, a trailing dot), is refused to a
 * caller without credentials and to a candidate (400 when the firewall rejects the
 * spelling, otherwise 401 or 403): the routes are read from Spring MVC itself, so a new
 * controller is covered the day it is added. The OpenAPI description's routes are among
 * them.
 */
@QuorumIntegrationTest
class PathTricksIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@Test
	void everyProtectedRouteRefusesEverySpellingWithoutCredentials() throws Exception {
		List<String> reached = new ArrayList<>();
		int tried = 0;
		for (Route route : protectedRoutes()) {
			for (String path : spellings(route.path())) {
				int status = send(route.method(), path, null);
				tried++;
				if (status != 400 && status != 401) {
					reached.add(route.method() + " " + path + " -> " + status);
				}
			}
		}
		assertThat(tried).isGreaterThan(200);
		assertThat(reached).isEmpty();
	}

	@Test
	void officeRoutesRefuseEverySpellingToACandidate() throws Exception {
		List<String> reached = new ArrayList<>();
		for (Route route : protectedRoutes()) {
			if (route.path().equals("/api/knowledge/ask") || route.path().startsWith("/v3/api-docs")) {
				continue; // a candidate may ask, and read how to
			}
			for (String path : spellings(route.path())) {
				int status = send(route.method(), path, "someone-unmapped");
				if (status != 400 && status != 403) {
					reached.add(route.method() + " " + path + " -> " + status);
				}
			}
		}
		assertThat(reached).isEmpty();
	}

	@Test
	void theProtectionItselfIsSeen() throws Exception {
		// Sanity: as staff the same route is reached, so the refusals above are the rules
		// at work.
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/knowledge/documents"))
			.header("X-Quorum-User", "someone-unmapped")
			.GET()
			.build();
		assertThat(client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(403);
		HttpRequest staff = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/knowledge/documents"))
			.header("X-Quorum-User", "staff-1")
			.GET()
			.build();
		assertThat(client.send(staff, HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(200);
	}

	private Set<Route> protectedRoutes() {
		Set<Route> routes = RestRoutes.withDescription(mappings, "x1");
		assertThat(routes).extracting(Route::path)
			.contains("/api/decisions", "/api/meetings", "/api/knowledge/ask", "/v3/api-docs", "/v3/api-docs.yaml");
		return routes;
	}

	/**
	 * The path as written, and as an attacker would write it hoping a check sees
	 * something else than routing.
	 */
	private static List<String> spellings(String path) {
		String first = path.substring(1, path.indexOf('/', 1));
		String head = "/" + first;
		String rest = path.substring(head.length());
		// the first letter percent-encoded, as it is and upper case ("/%61pi", "/%41PI")
		String encoded = String.format("/%%%02x", (int) first.charAt(0)) + first.substring(1);
		String upper = String.format("/%%%02X", (int) Character.toUpperCase(first.charAt(0)))
				+ first.substring(1).toUpperCase(java.util.Locale.ROOT);
		return List.of(path, head + ";x=1" + rest, head + ";" + rest, path + ";jsessionid=1", encoded + rest,
				upper + rest, head + "/%2e" + rest, "/x/%2e%2e" + path, "/x/.." + path, "//" + path.substring(1),
				head + "/" + rest, path + ".", head + "." + rest, head + "%2f" + rest.substring(1), path + "/",
				head + "%252f" + rest.substring(1), "/%25" + encoded.substring(2) + rest);
	}

	private int send(String method, String path, String user) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("Content-Type", "application/json")
			.method(method, method.equals("GET") || method.equals("DELETE") ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString("{}"));
		if (user != null) {
			request.header("X-Quorum-User", user);
		}
		return client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
	}

}
