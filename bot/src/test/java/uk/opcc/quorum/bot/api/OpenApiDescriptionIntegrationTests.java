package uk.opcc.quorum.bot.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import uk.opcc.quorum.bot.QuorumIntegrationTest;
import uk.opcc.quorum.bot.RestRoutes;
import uk.opcc.quorum.bot.RestRoutes.Route;
import uk.opcc.quorum.bot.TrialCallers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI description at /v3/api-docs: valid OpenAPI 3 by swagger-parser, every REST
 * route Spring MVC knows is in it (so a new endpoint cannot be left out) and nothing
 * else, each operation in one capability with the problem documents it can answer, and
 * read by REST callers only.
 */
@QuorumIntegrationTest
class OpenApiDescriptionIntegrationTests {

	private static final Set<String> CAPABILITIES = Set.of("Ask", "Meet", "Decide", "Onboarding", "Admin");

	@Autowired
	TestRestTemplate http;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@LocalServerPort
	int port;

	private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@BeforeEach
	void asStaff() {
		TrialCallers.actAs(http, "staff-1");
	}

	/**
	 * springdoc brings Jackson 2's YAML module; the API still reads and writes JSON only
	 * (YAML would pass by the strict reader that names unknown fields).
	 */
	@Test
	void theApiStaysJsonOnly() {
		HttpRequest yaml = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/knowledge/ask"))
			.header("Content-Type", "application/yaml")
			.header("X-Quorum-User", "staff-1")
			.POST(HttpRequest.BodyPublishers.ofString("question: who sets the precept?\nrole: ADMIN\n"))
			.build();
		HttpResponse<String> response = send(yaml);
		assertThat(response.statusCode()).isEqualTo(415);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
	}

	@Test
	void isValidOpenApi3() {
		ResponseEntity<String> response = http.getForEntity("/v3/api-docs", String.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
		SwaggerParseResult parsed = parse(response.getBody());
		assertThat(parsed.getMessages()).isEmpty();
		OpenAPI api = parsed.getOpenAPI();
		assertThat(api.getOpenapi()).startsWith("3.");
		assertThat(api.getInfo().getTitle()).isEqualTo("Quorum REST API");
		assertThat(api.getInfo().getVersion()).isNotBlank();
		assertThat(api.getTags()).extracting(io.swagger.v3.oas.models.tags.Tag::getName)
			.containsExactlyInAnyOrderElementsOf(CAPABILITIES);
	}

	@Test
	void theYamlSaysTheSame() {
		ResponseEntity<String> yaml = http.getForEntity("/v3/api-docs.yaml", String.class);
		assertThat(yaml.getStatusCode()).isEqualTo(HttpStatus.OK);
		SwaggerParseResult parsed = parse(yaml.getBody());
		assertThat(parsed.getMessages()).isEmpty();
		assertThat(parsed.getOpenAPI().getPaths().keySet()).isEqualTo(description().getPaths().keySet());
	}

	@Test
	void everyRestRouteIsDescribedAndNothingElse() {
		Set<String> routes = new TreeSet<>();
		for (Route route : RestRoutes.of(mappings, "{}")) {
			routes.add(route.method() + " " + route.path());
		}
		Set<String> described = new TreeSet<>();
		description().getPaths()
			.forEach((path, item) -> item.readOperationsMap()
				.keySet()
				.forEach(method -> described.add(method.name() + " " + path.replaceAll("\\{[^}]+}", "{}"))));
		assertThat(routes).contains("POST /api/knowledge/ask", "GET /api/decisions/{}", "GET /api/meetings/{}/ics");
		assertThat(described).isEqualTo(routes);
	}

	@Test
	void everyOperationHasOneCapabilityAndItsRefusalsAsProblemDocuments() {
		OpenAPI api = description();
		Set<String> operationIds = new TreeSet<>();
		api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
			String call = method + " " + path;
			assertThat(operation.getTags()).as(call).hasSize(1);
			assertThat(CAPABILITIES).as(call).contains(operation.getTags().get(0));
			assertThat(operationIds.add(operation.getOperationId())).as(call).isTrue();
			assertThat(operation.getResponses()).as(call).containsKey("401");
			assertThat(operation.getResponses().keySet()).as(call).anyMatch(status -> status.startsWith("2"));
			for (String status : operation.getResponses().keySet()) {
				if (status.startsWith("4")) {
					assertThat(problemDocument(api, operation.getResponses().get(status))).as(call + " " + status)
						.isTrue();
				}
			}
			if (operation.getRequestBody() != null) {
				assertThat(operation.getResponses()).as(call).containsKeys("400", "415");
			}
			if (path.contains("{")) {
				assertThat(operation.getResponses()).as(call).containsKey("404");
			}
		}));
		assertThat(api.getComponents().getResponses()).containsKeys("MethodNotAllowed", "UnsupportedMediaType");
		assertThat(problemDocument(api, api.getComponents().getResponses().get("MethodNotAllowed"))).isTrue();
	}

	/**
	 * 403 is described exactly where the rules refuse a caller without an office role: a
	 * candidate is refused every call but asking.
	 */
	@Test
	void forbiddenIsDescribedWhereTheRulesRefuse() {
		List<String> wrong = new ArrayList<>();
		description().getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
			int status = send(method.name(), path.replaceAll("\\{[^}]+}", "x1"), "someone-unmapped");
			boolean described = operation.getResponses().containsKey("403");
			if (described != (status == 403)) {
				wrong.add(method + " " + path + " -> " + status + ", 403 described: " + described);
			}
		}));
		assertThat(wrong).isEmpty();
	}

	@Test
	void describesHowCallersProveWhoTheyAre() {
		OpenAPI api = description();
		Map<String, SecurityScheme> schemes = api.getComponents().getSecuritySchemes();
		assertThat(schemes.get(ApiDescription.TRIAL_USER).getName()).isEqualTo("X-Quorum-User");
		assertThat(schemes.get(ApiDescription.TRIAL_USER).getIn()).isEqualTo(SecurityScheme.In.HEADER);
		assertThat(schemes.get(ApiDescription.API_KEY).getName()).isEqualTo("X-API-Key");
		assertThat(schemes.get(ApiDescription.SIGN_IN).getScheme()).isEqualTo("bearer");
		// Trial mode without a key, as in application-test.yml.
		assertThat(api.getSecurity()).containsExactly(new SecurityRequirement().addList(ApiDescription.TRIAL_USER));
	}

	@Test
	void requirementsFollowTheConfiguration() {
		SecurityRequirement trial = new SecurityRequirement().addList(ApiDescription.TRIAL_USER);
		SecurityRequirement key = new SecurityRequirement().addList(ApiDescription.API_KEY);
		SecurityRequirement token = new SecurityRequirement().addList(ApiDescription.SIGN_IN);
		SecurityRequirement trialWithKey = new SecurityRequirement().addList(ApiDescription.TRIAL_USER)
			.addList(ApiDescription.API_KEY);
		assertThat(ApiDescription.requirements(false, false)).containsExactly(trial);
		assertThat(ApiDescription.requirements(false, true)).containsExactly(trialWithKey, key);
		assertThat(ApiDescription.requirements(true, false)).containsExactly(token);
		assertThat(ApiDescription.requirements(true, true)).containsExactly(token, key);
	}

	@Test
	void leavesOutWhatIsNotTheRestApi() {
		assertThat(description().getPaths().keySet()).allMatch(path -> path.startsWith("/api/"))
			.doesNotContain("/api/messages");
	}

	@Test
	void isForRestCallersOnly() {
		TrialCallers.nobody(http);
		for (String path : List.of("/v3/api-docs", "/v3/api-docs.yaml")) {
			ResponseEntity<Map> anonymous = http.getForEntity(path, Map.class);
			assertThat(anonymous.getStatusCode()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
			assertThat(anonymous.getHeaders().getContentType().toString()).startsWith("application/problem+json");
			assertThat((String) anonymous.getBody().get("detail")).contains("X-Quorum-User");
		}
		// Whatever else springdoc could serve stays closed.
		TrialCallers.actAs(http, "admin-1");
		for (String path : List.of("/v3/api-docs/swagger-config", "/swagger-ui.html", "/swagger-ui/index.html",
				"/v3/api-docs/default")) {
			assertThat(http.getForEntity(path, String.class).getStatusCode().value()).as(path).isIn(403, 404);
		}
	}

	private OpenAPI description() {
		ResponseEntity<String> response = http.getForEntity("/v3/api-docs", String.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		return parse(response.getBody()).getOpenAPI();
	}

	private static SwaggerParseResult parse(String text) {
		ParseOptions options = new ParseOptions();
		options.setResolve(true);
		return new OpenAPIV3Parser().readContents(text, null, options);
	}

	private static boolean problemDocument(OpenAPI api, ApiResponse response) {
		ApiResponse resolved = response;
		if (response.get$ref() != null) {
			resolved = api.getComponents()
				.getResponses()
				.get(response.get$ref().substring(response.get$ref().lastIndexOf('/') + 1));
		}
		return resolved != null && resolved.getContent() != null
				&& resolved.getContent().containsKey("application/problem+json") && "#/components/schemas/Problem"
					.equals(resolved.getContent().get("application/problem+json").getSchema().get$ref());
	}

	private int send(String method, String path, String user) {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("Content-Type", "application/json")
			.header("X-Quorum-User", user)
			.method(method,
					method.equals("GET") || method.equals("DELETE") ? HttpRequest.BodyPublishers.noBody()
							: HttpRequest.BodyPublishers.ofString("{}"))
			.build();
		return send(request).statusCode();
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return client.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
