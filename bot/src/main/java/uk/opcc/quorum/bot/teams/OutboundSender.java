package uk.opcc.quorum.bot.teams;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.restclient.RestException;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ResourceResponse;
import com.microsoft.bot.schema.Serialization;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import uk.opcc.quorum.bot.system.LogSafe;
import uk.opcc.quorum.bot.system.RetryAfterPolicy;

/**
 * The one way Quorum's messages leave: keeps each under the message size Teams accepts
 * (splitting long text, and turning an oversized card into text), retries what Teams asks
 * to be retried (429, 412, 502, 504) after the {@code Retry-After} it gives or a doubling
 * back-off, and records in {@code bot_undelivered} what still fails. Runs on background
 * threads, so waiting between tries holds up no request.
 */
@Component
public class OutboundSender {

	private static final Logger log = LoggerFactory.getLogger(OutboundSender.class);

	/**
	 * What the connector asks to be retried: throttled, a conflicting write, or a gateway
	 * that gave up.
	 */
	private static final Set<Integer> RETRYABLE = Set.of(429, 412, 502, 504);

	/** The first wait when Teams gives no Retry-After; doubled for each further try. */
	private static final Duration FIRST_WAIT = Duration.ofMillis(500);

	private final TeamsProperties properties;

	private final MongoTemplate mongo;

	private final Clock clock;

	private final RetryAfterPolicy retries;

	OutboundSender(TeamsProperties properties, MongoTemplate mongo, Clock clock) {
		this.properties = properties;
		this.mongo = mongo;
		this.clock = clock;
		this.retries = new RetryAfterPolicy(RETRYABLE, properties.sendRetries(), FIRST_WAIT, properties.maxBackoff(),
				clock);
	}

	/** Sends in order; true when every part was delivered. */
	public boolean send(TurnContext turn, List<Activity> activities) {
		for (Activity activity : activities) {
			for (Activity part : withinLimit(activity)) {
				if (!sendWithRetries(turn, part)) {
					return false;
				}
			}
		}
		return true;
	}

	/**
	 * Sends one short message (a progress line: it is not split) and answers the id Teams
	 * gave it, to update it later; empty when it was not delivered.
	 */
	public Optional<String> sendForUpdate(TurnContext turn, Activity activity) {
		return Optional.ofNullable(withRetries(turn, activity, () -> turn.sendActivity(activity).join()))
			.map(ResourceResponse::getId);
	}

	/**
	 * Replaces the message with the activity's id by the activity (the connector's update
	 * activity); false when Teams did not accept it.
	 */
	public boolean update(TurnContext turn, Activity activity) {
		return withRetries(turn, activity, () -> {
			ResourceResponse updated = turn.updateActivity(activity).join();
			return updated == null ? new ResourceResponse(activity.getId()) : updated;
		}) != null;
	}

	private boolean sendWithRetries(TurnContext turn, Activity activity) {
		return withRetries(turn, activity, () -> {
			ResourceResponse sent = turn.sendActivity(activity).join();
			return sent == null ? new ResourceResponse() : sent;
		}) != null;
	}

	/** What Teams answered, or null when it refused after the retries (recorded). */
	private ResourceResponse withRetries(TurnContext turn, Activity activity, Supplier<ResourceResponse> call) {
		int[] tries = { 0 };
		try {
			return retries.call(() -> {
				tries[0]++;
				return call.get();
			}, OutboundSender::refusal);
		}
		catch (RuntimeException ex) {
			RestException rest = restCause(ex);
			int status = rest == null || rest.response() == null ? -1 : rest.response().code();
			record(turn, activity, status == -1 ? ex.toString() : "HTTP " + status + " after " + tries[0] + " tries");
			return null;
		}
	}

	private static RetryAfterPolicy.Refusal refusal(Throwable failure) {
		RestException rest = restCause(failure);
		if (rest == null || rest.response() == null) {
			return RetryAfterPolicy.Refusal.NONE;
		}
		String retryAfter = rest.response().headers().get("Retry-After");
		log.info("Teams answered {} (Retry-After {})", rest.response().code(), retryAfter);
		return new RetryAfterPolicy.Refusal(rest.response().code(), retryAfter);
	}

	/**
	 * Splits text over the size limit at line breaks; an oversized card is sent as its
	 * text.
	 */
	List<Activity> withinLimit(Activity activity) {
		long limit = properties.maxMessageSize().toBytes();
		if (size(activity) <= limit) {
			return List.of(activity);
		}
		String text = activity.getAttachments() == null || activity.getAttachments().isEmpty() ? activity.getText()
				: cardText(activity);
		List<Activity> parts = new ArrayList<>();
		StringBuilder part = new StringBuilder();
		long budget = limit / 2; // room for the envelope and JSON escaping
		for (String line : (text == null ? "" : text).split("\n")) {
			while (line.getBytes(StandardCharsets.UTF_8).length > budget) {
				int cut = (int) Math.min(line.length(), budget / 4);
				flush(parts, part.append(line, 0, cut));
				line = line.substring(cut);
			}
			if (part.length() > 0 && (part.toString() + line).getBytes(StandardCharsets.UTF_8).length > budget) {
				flush(parts, part);
			}
			part.append(line).append('\n');
		}
		flush(parts, part);
		return parts;
	}

	private static void flush(List<Activity> parts, StringBuilder part) {
		if (!part.toString().isBlank()) {
			parts.add(MessageFactory.text(part.toString().strip()));
		}
		part.setLength(0);
	}

	private static String cardText(Activity activity) {
		StringBuilder text = new StringBuilder(activity.getText() == null ? "" : activity.getText() + "\n");
		JsonNode card = Serialization.objectToTree(activity.getAttachments().get(0).getContent());
		card.findValues("text").forEach(node -> text.append(node.asText()).append('\n'));
		return text.toString();
	}

	private static long size(Activity activity) {
		return Serialization.toStringSilent(activity).getBytes(StandardCharsets.UTF_8).length;
	}

	private void record(TurnContext turn, Activity activity, String reason) {
		log.warn("Message to conversation {} not delivered: {}",
				LogSafe.of(turn.getActivity().getConversation().getId()), LogSafe.of(reason));
		mongo.insert(new Document("to", "conversation " + turn.getActivity().getConversation().getId())
			.append("text", activity.getText())
			.append("reason", reason)
			.append("at", Date.from(clock.instant())), "bot_undelivered");
	}

	private static RestException restCause(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof RestException rest) {
				return rest;
			}
		}
		return null;
	}

}
