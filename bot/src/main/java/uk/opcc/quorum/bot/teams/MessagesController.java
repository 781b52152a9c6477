package uk.opcc.quorum.bot.teams;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.connector.authentication.ClaimsIdentity;
import com.microsoft.bot.integration.BotFrameworkHttpAdapter;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Serialization;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.opcc.quorum.bot.system.LogSafe;

/**
 * The Bot Framework endpoint. The body is read as text and bound with the SDK's own
 * (Jackson 2) serialisation: Spring MVC's Jackson 3 cannot bind the SDK's types. Size,
 * UTF-8, JSON and the fields the SDK relies on ({@link ActivityCheck}) are checked before
 * anything else runs. The token itself was checked by the security chain
 * ({@link BotTokens}); here it must also fit the activity.
 */
@RestController
class MessagesController {

	private static final Logger log = LoggerFactory.getLogger(MessagesController.class);

	private final BotFrameworkHttpAdapter adapter;

	private final QuorumBot bot;

	private final TeamsProperties properties;

	private final ServiceHosts hosts;

	private final BotTokens tokens;

	MessagesController(BotFrameworkHttpAdapter adapter, QuorumBot bot, TeamsProperties properties, ServiceHosts hosts,
			BotTokens tokens) {
		this.adapter = adapter;
		this.bot = bot;
		this.properties = properties;
		this.hosts = hosts;
		this.tokens = tokens;
	}

	@PostMapping(path = "/api/messages")
	ResponseEntity<Object> incoming(HttpServletRequest request) throws IOException {
		long limit = properties.maxBodySize().toBytes();
		if (request.getContentLengthLong() > limit) {
			return problem(HttpStatus.CONTENT_TOO_LARGE, "The activity is larger than " + limit / 1024 + " KB.");
		}
		byte[] body;
		try (InputStream in = request.getInputStream()) {
			body = in.readNBytes((int) limit + 1);
		}
		if (body.length > limit) {
			return problem(HttpStatus.CONTENT_TOO_LARGE, "The activity is larger than " + limit / 1024 + " KB.");
		}
		String json;
		try {
			// new String(...) would turn invalid bytes into U+FFFD and let them into ids,
			// the store and the logs
			json = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(body))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return problem(HttpStatus.BAD_REQUEST, "The body is not valid UTF-8.");
		}
		JsonNode tree;
		Activity activity;
		try {
			tree = Serialization.jsonToTree(json);
			activity = Serialization.treeToValue(tree, Activity.class);
		}
		catch (IOException | RuntimeException ex) {
			return problem(HttpStatus.BAD_REQUEST, "The body is not a valid Bot Framework activity (malformed JSON).");
		}
		Optional<String> invalid = ActivityCheck.problem(tree);
		if (invalid.isPresent() || activity == null) {
			return problem(HttpStatus.BAD_REQUEST, invalid.orElse("The body is not a Bot Framework activity."));
		}
		if (!hosts.serviceUrlAllowed(activity.getServiceUrl())) {
			return problem(HttpStatus.BAD_REQUEST, "The activity's serviceUrl is not a Teams address Quorum answers "
					+ "(quorum.teams.service-hosts).");
		}
		ClaimsIdentity identity = new ClaimsIdentity("anonymous");
		if (SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token) {
			String mismatch = tokens.mismatch(token.getToken(), activity);
			if (mismatch != null) {
				return problem(HttpStatus.UNAUTHORIZED, mismatch);
			}
			identity = BotTokens.identity(token.getToken());
		}
		try {
			InvokeResponse response = adapter.processActivity(identity, activity, bot::onTurn).join();
			if (response == null) {
				return ResponseEntity.status(HttpStatus.OK).build();
			}
			return ResponseEntity.status(response.getStatus())
				.contentType(MediaType.APPLICATION_JSON)
				.body(response.getBody() == null ? null : Serialization.toStringSilent(response.getBody()));
		}
		catch (RuntimeException ex) {
			return failed(activity, ex);
		}
	}

	/**
	 * A failure ActivityCheck did not foresee: one line naming the activity and the
	 * cause, the stack only at debug level, since its message may carry text from the
	 * activity; the caller learns nothing of Quorum's insides.
	 */
	private static ResponseEntity<Object> failed(Activity activity, Throwable ex) {
		log.error("Failed to process {} activity {}: {}", LogSafe.of(activity.getType()), LogSafe.of(activity.getId()),
				LogSafe.of(ex));
		log.debug("Stack of the failure", ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Quorum could not process the activity.");
	}

	private static ResponseEntity<Object> problem(HttpStatus status, String detail) {
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(ProblemDetail.forStatusAndDetail(status, detail));
	}

}
