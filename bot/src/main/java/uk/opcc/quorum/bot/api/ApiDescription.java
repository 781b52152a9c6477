package uk.opcc.quorum.bot.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.ByteArrayHttpMessageConverter;
import org.springframework.util.StringUtils;

import uk.opcc.quorum.bot.command.Caller;
import uk.opcc.quorum.bot.security.AccessMode;

/**
 * The REST API's OpenAPI description, served by springdoc at {@code /v3/api-docs} (and
 * {@code /v3/api-docs.yaml}) to any REST caller, generated from the controllers under
 * {@code /api/} (application.yml leaves out Teams' {@code /api/messages}). What the
 * controllers cannot say is added here, once for every operation: how callers prove who
 * they are in this configuration, the problem documents every refusal is, and the
 * capability each operation belongs to (its controller's package; the document library's
 * calls are tagged Admin where they are declared). Controllers carry annotations only
 * where the code cannot tell: a status other than 200, a body that is not JSON.
 */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

	static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

	static final String TRIAL_USER = "trialUser";

	static final String API_KEY = "apiKey";

	static final String SIGN_IN = "entraToken";

	/**
	 * Calls any REST caller may make whatever their roles, as SecurityConfiguration
	 * decides; every other call can be refused 403. OpenApiDescriptionIntegrationTests
	 * checks the two agree.
	 */
	static final Set<String> ANY_CALLER = Set.of("POST /api/knowledge/ask");

	/** The capability of each controller package, as the tags group operations. */
	private static final Map<String, String> CAPABILITIES = Map.of("uk.opcc.quorum.bot.ask", "Ask",
			"uk.opcc.quorum.bot.meet", "Meet", "uk.opcc.quorum.bot.decide", "Decide", "uk.opcc.quorum.bot.onboarding",
			"Onboarding");

	static {
		// Filled from what Spring Security established, never from the request.
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
	}

	@Bean
	OpenAPI quorumApi(ObjectProvider<BuildProperties> build) {
		BuildProperties properties = build.getIfAvailable();
		String version = properties == null || properties.getVersion() == null ? "development"
				: properties.getVersion();
		return new OpenAPI()
			.info(new Info().title("Quorum REST API")
				.version(version)
				.description("Ask, Meet and Decide for an Office of the Police and Crime Commissioner. Who may call "
						+ "what follows the caller's roles (docs/security.md). Every refusal is an "
						+ "application/problem+json document whose detail is a sentence: 400 for a malformed body "
						+ "(an unknown field is named), a bad value or an address the firewall rejects, 401 without "
						+ "a caller, 403 when the caller's roles do not allow it, 404 for an unknown id or path, "
						+ "405 for a method a path does not have, 415 for a body of another content type, 409 when "
						+ "the record's state does not allow the change (approved minutes, a cancelled or started "
						+ "meeting, a signed notice), 502 when Microsoft Graph refuses a calendar change, 503 (with "
						+ "Retry-After) when a question comes in the seconds after start while the document index is "
						+ "still loading. Nothing is changed by a refused request."))
			.tags(List.of(
					new Tag().name("Ask")
						.description("Questions answered from the office's documents, with citations; what may be "
								+ "read follows the caller's roles."),
					new Tag().name("Meet")
						.description("Boards, meetings, agendas, minutes and actions. Reading needs an office role, "
								+ "changes a secretary."),
					new Tag().name("Decide")
						.description("PCC decision notices: drafting, review, sign-off by the CFO, the Monitoring "
								+ "Officer and the PCC, publication."),
					new Tag().name("Onboarding")
						.description("A new PCC's first year: the statutory dates and the office's next board "
								+ "meetings, as a calendar. Needs an office role."),
					new Tag().name("Admin")
						.description("The document library Ask answers from. Listing needs an office role; "
								+ "uploads and removals a secretary or administrator.")))
			.components(new Components().schemas(Map.of("Problem", problemSchema())).responses(problemResponses()));
	}

	/**
	 * springdoc answers with the description's bytes, which Spring Boot's JSON converter,
	 * first in the list, would write as a base64 string; bytes go out as they are. And
	 * swagger-core brings Jackson 2's YAML module, with which Spring MVC would accept and
	 * answer YAML bodies past the strict JSON reader: the REST API stays JSON only.
	 */
	@Bean
	ServerHttpMessageConvertersCustomizer descriptionAsWritten() {
		return builder -> builder.configureMessageConvertersList(converters -> {
			converters.removeIf(converter -> converter.getSupportedMediaTypes()
				.stream()
				.anyMatch(org.springframework.http.MediaType.APPLICATION_YAML::equalsTypeAndSubtype));
			converters.add(0, new ByteArrayHttpMessageConverter());
		});
	}

	/**
	 * How callers prove who they are in this configuration: all three ways are defined,
	 * the requirements name those this instance accepts.
	 */
	@Bean
	OpenApiCustomizer quorumCallers(AccessMode mode, ApiProperties api) {
		boolean key = api != null && StringUtils.hasText(api.key());
		return openApi -> {
			Components components = openApi.getComponents();
			components.addSecuritySchemes(TRIAL_USER, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
				.in(SecurityScheme.In.HEADER)
				.name("X-Quorum-User")
				.description("Trial mode only (no sign-in configured), and only from the machine Quorum runs on: "
						+ "the id of the user the call acts for, whose roles come from quorum.teams.users and "
						+ "quorum.security.groups (optionally X-Quorum-Name, their name). With quorum.api.key set, "
						+ "X-API-Key must come too."));
			components.addSecuritySchemes(API_KEY,
					new SecurityScheme().type(SecurityScheme.Type.APIKEY)
						.in(SecurityScheme.In.HEADER)
						.name("X-API-Key")
						.description("The integration key configured as quorum.api.key (none is accepted without it). "
								+ "Alone it acts as office staff and nothing more."));
			components.addSecuritySchemes(SIGN_IN, new SecurityScheme().type(SecurityScheme.Type.HTTP)
				.scheme("bearer")
				.bearerFormat("JWT")
				.description("Once sign-in is configured: an Entra ID access token for Quorum. The caller is the "
						+ "token's oid; roles come from quorum.teams.users, the token's groups and its app roles."));
			openApi.setSecurity(requirements(mode.signIn(), key));
		};
	}

	/** What this instance accepts, one way or another. */
	static List<SecurityRequirement> requirements(boolean signIn, boolean key) {
		List<SecurityRequirement> accepted = new ArrayList<>();
		if (signIn) {
			accepted.add(new SecurityRequirement().addList(SIGN_IN));
		}
		else if (key) {
			accepted.add(new SecurityRequirement().addList(TRIAL_USER).addList(API_KEY));
		}
		else {
			accepted.add(new SecurityRequirement().addList(TRIAL_USER));
		}
		if (key) {
			accepted.add(new SecurityRequirement().addList(API_KEY));
		}
		return accepted;
	}

	/**
	 * Each operation's capability (unless declared) and a readable operation id:
	 * {@code decisionsCreate} rather than {@code create_1}.
	 */
	@Bean
	OperationCustomizer quorumOperations() {
		return (operation, handler) -> {
			if (operation.getTags() == null || operation.getTags().isEmpty()) {
				String capability = CAPABILITIES.get(handler.getBeanType().getPackageName());
				if (capability != null) {
					operation.addTagsItem(capability);
				}
			}
			String controller = handler.getBeanType().getSimpleName().replace("Controller", "");
			operation.setOperationId(controller.substring(0, 1).toLowerCase(Locale.ROOT) + controller.substring(1)
					+ StringUtils.capitalize(handler.getMethod().getName()));
			return operation;
		};
	}

	/** The refusals that apply to each operation, by what the operation takes. */
	@Bean
	OpenApiCustomizer quorumRefusals() {
		return openApi -> {
			if (openApi.getPaths() == null) {
				return;
			}
			openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
				ApiResponses responses = operation.getResponses();
				if (responses == null) {
					responses = new ApiResponses();
					operation.setResponses(responses);
				}
				boolean body = operation.getRequestBody() != null;
				boolean parameters = operation.getParameters() != null
						&& operation.getParameters().stream().anyMatch(p -> !"path".equals(p.getIn()));
				boolean ids = operation.getParameters() != null
						&& operation.getParameters().stream().anyMatch(p -> "path".equals(p.getIn()));
				boolean form = body && operation.getRequestBody().getContent() != null
						&& operation.getRequestBody().getContent().containsKey("multipart/form-data");
				if (body || parameters) {
					refuse(responses, "400", "BadRequest");
				}
				refuse(responses, "401", "Unauthorized");
				if (!ANY_CALLER.contains(method.name() + " " + path)) {
					refuse(responses, "403", "Forbidden");
				}
				if (ids) {
					refuse(responses, "404", "NotFound");
				}
				if (form) {
					refuse(responses, "413", "ContentTooLarge");
				}
				if (body) {
					refuse(responses, "415", "UnsupportedMediaType");
				}
			}));
		};
	}

	private static void refuse(ApiResponses responses, String status, String name) {
		if (!responses.containsKey(status)) {
			responses.addApiResponse(status, new ApiResponse().$ref("#/components/responses/" + name));
		}
	}

	private static Map<String, ApiResponse> problemResponses() {
		Map<String, ApiResponse> responses = new LinkedHashMap<>();
		responses.put("BadRequest",
				problem("The body is not JSON of the expected shape (the field is named), a "
						+ "value is not valid, a parameter is missing, or the address holds characters Quorum does not "
						+ "accept."));
		responses.put("Unauthorized",
				problem("No caller, or credentials that are refused; the detail says what to " + "send."));
		responses.put("Forbidden", problem("The caller's roles do not allow this."));
		responses.put("NotFound", problem("Nothing has that id."));
		responses.put("MethodNotAllowed", problem("The path does not take this method."));
		responses.put("ContentTooLarge",
				problem("The upload is larger than spring.servlet.multipart.max-file-size, or has more parts "
						+ "than server.tomcat.max-part-count."));
		responses.put("UnsupportedMediaType", problem("The body is not of a content type this call accepts."));
		return responses;
	}

	private static ApiResponse problem(String description) {
		return new ApiResponse().description(description)
			.content(new Content().addMediaType(PROBLEM_JSON,
					new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem"))));
	}

	/** RFC 9457 problem details, as Spring writes them. */
	@SuppressWarnings("rawtypes")
	private static Schema problemSchema() {
		return new ObjectSchema().description("RFC 9457 problem details")
			.addProperty("type", new StringSchema().format("uri-reference")._default("about:blank"))
			.addProperty("title", new StringSchema().description("The status's reason phrase"))
			.addProperty("status", new IntegerSchema().description("The HTTP status"))
			.addProperty("detail", new StringSchema().description("What is wrong, in a sentence"))
			.addProperty("instance", new StringSchema().format("uri-reference").description("The request's path"));
	}

}
