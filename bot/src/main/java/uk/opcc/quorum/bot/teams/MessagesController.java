package uk.opcc.quorum.bot.teams;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.CompletionException;

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
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.opcc.quorum.bot.chat.LocalChat;

/**
 * The Bot Framework endpoint. The body is read as text and bound with the SDK's own (Jackson 2) serialisation:
 * Spring MVC's Jackson 3 cannot bind the SDK's types. Size and JSON are checked before anything else runs. The
 * token itself was checked by the security chain ({@link BotTokens}); here it must also fit the activity.
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
		Activity activity;
		try {
			activity = Serialization.treeToValue(
					Serialization.jsonToTree(new String(body, java.nio.charset.StandardCharsets.UTF_8)), Activity.class);
		}
		catch (IOException | RuntimeException ex) {
			return problem(HttpStatus.BAD_REQUEST, "The body is not a valid Bot Framework activity (malformed JSON).");
		}
		if (activity == null || activity.getType() == null) {
			return problem(HttpStatus.BAD_REQUEST, "The body is not a Bot Framework activity: it has no type.");
		}
		if (LocalChat.CHANNEL.equals(activity.getChannelId())) {
			return problem(HttpStatus.BAD_REQUEST, "Chat-page activities come only from the chat page, not through "
					+ "/api/messages.");
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
			return ResponseEntity.status(response.getStatus()).contentType(MediaType.APPLICATION_JSON)
				.body(response.getBody() == null ? null : Serialization.toStringSilent(response.getBody()));
		}
		catch (CompletionException ex) {
			log.error("Failed to process activity {}", activity.getId(), ex);
			return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Quorum could not process the activity.");
		}
	}

	private static ResponseEntity<Object> problem(HttpStatus status, String detail) {
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(java.util.Map.of("status", status.value(), "title", status.getReasonPhrase(), "detail", detail));
	}

}
