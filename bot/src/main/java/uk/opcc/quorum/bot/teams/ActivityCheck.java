package uk.opcc.quorum.bot.teams;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import okhttp3.HttpUrl;

import uk.opcc.quorum.bot.chat.LocalChat;

/**
 * What an activity must hold before the SDK and Quorum's handlers see it. The SDK assumes
 * a well-formed activity and fails deep inside (a missing conversation, a mention without
 * {@code mentioned}, a null in a list) with a stack trace and a 500, so each rule here
 * names a field the SDK or Quorum reads without checking. The answer is a sentence for a
 * 400, or nothing when the activity may go on.
 */
final class ActivityCheck {

	/** The types the Bot Framework defines; anything else is not an activity. */
	private static final Set<String> TYPES = Set.of("message", "contactRelationUpdate", "conversationUpdate", "typing",
			"endOfConversation", "event", "invoke", "invokeResponse", "deleteUserData", "messageUpdate",
			"messageDelete", "installationUpdate", "messageReaction", "suggestion", "trace", "handoff", "command",
			"commandResult");

	/**
	 * The invokes Quorum answers: a button on one of its cards, and the answer to a file
	 * consent card. Others would be answered 501 or fail.
	 */
	static final String CARD_ACTION = "adaptiveCard/action";

	static final String FILE_CONSENT = "fileConsent/invoke";

	/**
	 * Teams caps a message at about 28 KB; this leaves room for formatting without
	 * letting text be unbounded.
	 */
	static final int MAX_TEXT = 40_000;

	/** Teams' ids are well under this; a longer one is not from Teams. */
	static final int MAX_ID = 1_024;

	static final int MAX_URL = 2_048;

	private ActivityCheck() {
	}

	static Optional<String> problem(JsonNode activity) {
		if (activity == null || !activity.isObject()) {
			return Optional.of("The body is not a Bot Framework activity: it is not a JSON object.");
		}
		String type = text(activity, "type");
		if (type == null) {
			return Optional.of("The activity has no type.");
		}
		if (!TYPES.contains(type)) {
			return Optional.of("The activity's type is not one the Bot Framework defines.");
		}
		String found = firstProblem(activity, type);
		return Optional.ofNullable(found);
	}

	private static String firstProblem(JsonNode activity, String type) {
		String problem = identifier(activity, "id", "The activity", true);
		if (problem == null) {
			problem = identifier(activity, "channelId", "The activity", true);
		}
		if (problem == null && LocalChat.CHANNEL.equals(text(activity, "channelId"))) {
			// the chat page's channel trusts the role its activities carry, so only the
			// chat page may use it
			problem = "The activity claims the local chat page's channel, which only the chat page may use.";
		}
		if (problem == null && "emulator".equals(text(activity, "channelId"))
				&& identifier(activity.path("recipient"), "role", "", true) != null) {
			// the SDK's anonymous path reads the Emulator recipient's role without
			// checking it
			problem = "An Emulator activity's recipient has no role.";
		}
		if (problem == null) {
			problem = serviceUrl(activity.get("serviceUrl"));
		}
		for (String account : new String[] { "conversation", "from", "recipient" }) {
			if (problem == null) {
				problem = account(activity.get(account), "The activity's " + account);
			}
		}
		if (problem == null) {
			problem = identifier(activity.path("conversation"), "tenantId", "The activity's conversation", false);
		}
		if (problem == null) {
			problem = identifier(activity, "replyToId", "The activity", false);
		}
		if (problem == null) {
			problem = locale(activity.get("locale"));
		}
		if (problem == null) {
			problem = textField(activity);
		}
		if (problem == null) {
			problem = lists(activity);
		}
		if (problem == null && activity.has("channelData") && !activity.get("channelData").isObject()
				&& !activity.get("channelData").isNull()) {
			problem = "The activity's channelData is not a JSON object.";
		}
		if (problem == null) {
			problem = byType(activity, type);
		}
		return problem;
	}

	private static String byType(JsonNode activity, String type) {
		return switch (type) {
			case "event" -> identifier(activity, "name", "The event", true);
			case "invoke" -> invoke(activity);
			default -> null;
		};
	}

	private static String invoke(JsonNode activity) {
		String problem = identifier(activity, "name", "The invoke", true);
		if (problem != null) {
			return problem;
		}
		if (FILE_CONSENT.equals(text(activity, "name"))) {
			return fileConsent(activity.path("value"));
		}
		if (!CARD_ACTION.equals(text(activity, "name"))) {
			return "Quorum answers only " + CARD_ACTION + " and " + FILE_CONSENT + " invokes.";
		}
		JsonNode action = activity.path("value").path("action");
		if (!action.isObject()) {
			return "The card action has no value.action object.";
		}
		if (!"Action.Execute".equals(text(action, "type"))) {
			return "The card action's type is not Action.Execute.";
		}
		if (identifier(action, "verb", "The card action", true) != null) {
			return "The card action has no verb.";
		}
		JsonNode data = action.get("data");
		if (data != null && !data.isNull() && !data.isObject()) {
			return "The card action's data is not a JSON object.";
		}
		return null;
	}

	/**
	 * The SDK switches on the action without checking it is there, and Quorum reads the
	 * context and, once accepted, where to upload.
	 */
	private static String fileConsent(JsonNode value) {
		if (!value.isObject()) {
			return "The file consent has no value object.";
		}
		String action = text(value, "action");
		if (!"accept".equals(action) && !"decline".equals(action)) {
			return "The file consent's action is neither accept nor decline.";
		}
		JsonNode context = value.get("context");
		if (context != null && !context.isNull() && !context.isObject()) {
			return "The file consent's context is not a JSON object.";
		}
		if ("decline".equals(action)) {
			return null;
		}
		JsonNode upload = value.path("uploadInfo");
		if (!upload.isObject()) {
			return "The accepted file consent has no uploadInfo object.";
		}
		for (String field : new String[] { "uploadUrl", "contentUrl", "name" }) {
			JsonNode node = upload.get(field);
			if (node == null || !node.isTextual() || node.asText().isBlank()) {
				return "The accepted file consent's uploadInfo has no " + field + ".";
			}
			if (node.asText().length() > MAX_URL) {
				return "The accepted file consent's uploadInfo " + field + " is longer than " + MAX_URL
						+ " characters.";
			}
		}
		for (String field : new String[] { "uniqueId", "fileType" }) {
			JsonNode node = upload.get(field);
			if (node != null && !node.isNull() && !node.isTextual()) {
				return "The accepted file consent's uploadInfo " + field + " is not text.";
			}
		}
		return null;
	}

	private static String serviceUrl(JsonNode node) {
		if (node == null || !node.isTextual() || node.asText().isBlank()) {
			return "The activity has no serviceUrl.";
		}
		String url = node.asText();
		if (url.length() > MAX_URL) {
			return "The activity's serviceUrl is longer than " + MAX_URL + " characters.";
		}
		try {
			URI uri = new URI(url);
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			if (!scheme.equals("https") && !scheme.equals("http")) {
				return "The activity's serviceUrl is not an http or https address.";
			}
			if (uri.getHost() == null || uri.getHost().isEmpty()) {
				return "The activity's serviceUrl has no host.";
			}
			// the connector's HTTP client is stricter than URI (a port over 65535, for
			// one): ask it too
			return HttpUrl.parse(url) == null ? "The activity's serviceUrl is not a valid address." : null;
		}
		catch (URISyntaxException ex) {
			return "The activity's serviceUrl is not a valid address.";
		}
	}

	/**
	 * Conversation, sender and recipient: objects with an id; a name, when given, is
	 * plain text.
	 */
	private static String account(JsonNode node, String what) {
		if (node == null || !node.isObject()) {
			return what + " is missing.";
		}
		String problem = identifier(node, "id", what, true);
		if (problem == null) {
			problem = identifier(node, "aadObjectId", what, false);
		}
		if (problem == null) {
			problem = identifier(node, "name", what, false);
		}
		return problem;
	}

	private static String locale(JsonNode node) {
		if (node == null || node.isNull()) {
			return null;
		}
		if (!node.isTextual() || node.asText().isEmpty()) {
			return "The activity's locale is not a language tag.";
		}
		try {
			new Locale.Builder().setLanguageTag(node.asText());
			return null;
		}
		catch (IllformedLocaleException ex) {
			return "The activity's locale is not a valid BCP 47 language tag.";
		}
	}

	private static String textField(JsonNode activity) {
		JsonNode text = activity.get("text");
		if (text == null || text.isNull()) {
			return null;
		}
		if (!text.isTextual()) {
			return "The activity's text is not a string.";
		}
		if (text.asText().length() > MAX_TEXT) {
			return "The activity's text is longer than " + MAX_TEXT + " characters.";
		}
		return wellFormed(text.asText()) ? null : "The activity's text is not well-formed Unicode.";
	}

	/**
	 * The schema's lists hold objects (listenFor holds strings); the SDK and Quorum walk
	 * them without checking for null. Members need an id, reactions a type, entities a
	 * type, mentions whom they mention, attachments a content type.
	 */
	private static String lists(JsonNode activity) {
		for (var fields = activity.fields(); fields.hasNext();) {
			var field = fields.next();
			JsonNode list = field.getValue();
			if (!list.isArray()) {
				continue;
			}
			for (JsonNode item : list) {
				if (item == null || item.isNull()) {
					return "The activity's " + field.getKey() + " list contains null.";
				}
				boolean strings = field.getKey().equals("listenFor");
				if (strings ? !item.isTextual() : !item.isObject()) {
					return "The activity's " + field.getKey() + " list contains a value of the wrong kind.";
				}
				String problem = switch (field.getKey()) {
					case "membersAdded", "membersRemoved" -> account(item, "A member in " + field.getKey());
					case "reactionsAdded", "reactionsRemoved" -> identifier(item, "type", "A reaction", true);
					case "entities" -> entity(item);
					case "attachments" -> identifier(item, "contentType", "An attachment", true);
					default -> null;
				};
				if (problem != null) {
					return problem;
				}
			}
		}
		JsonNode suggested = activity.path("suggestedActions").path("actions");
		if (suggested.isArray()) {
			for (JsonNode item : suggested) {
				if (!item.isObject()) {
					return "The activity's suggested actions contain a value that is not an object.";
				}
			}
		}
		return null;
	}

	private static String entity(JsonNode entity) {
		String problem = identifier(entity, "type", "An entity", true);
		if (problem != null || !"mention".equalsIgnoreCase(text(entity, "type"))) {
			return problem;
		}
		JsonNode mentioned = entity.get("mentioned");
		if (mentioned == null || !mentioned.isObject()) {
			return "A mention entity does not say whom it mentions.";
		}
		problem = account(mentioned, "A mention entity's mentioned account");
		if (problem == null && entity.has("text") && !entity.get("text").isTextual() && !entity.get("text").isNull()) {
			problem = "A mention entity's text is not a string.";
		}
		return problem;
	}

	/**
	 * An id or name: a string, bounded, without control characters or broken surrogate
	 * pairs, which are never in Teams' ids and would otherwise reach logs and the store.
	 */
	private static String identifier(JsonNode parent, String field, String owner, boolean required) {
		JsonNode node = parent.get(field);
		if (node == null || node.isNull()) {
			return required ? owner + " has no " + field + "." : null;
		}
		if (!node.isTextual()) {
			return owner + "'s " + field + " is not a string.";
		}
		String value = node.asText();
		if (required && value.isBlank()) {
			return owner + "'s " + field + " is empty.";
		}
		if (value.length() > MAX_ID) {
			return owner + "'s " + field + " is longer than " + MAX_ID + " characters.";
		}
		if (value.chars().anyMatch(Character::isISOControl) || !wellFormed(value)) {
			return owner + "'s " + field + " contains control characters or broken Unicode.";
		}
		return null;
	}

	private static boolean wellFormed(String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (Character.isHighSurrogate(c)) {
				if (i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
					return false;
				}
				i++;
			}
			else if (Character.isLowSurrogate(c)) {
				return false;
			}
		}
		return true;
	}

	private static String text(JsonNode parent, String field) {
		JsonNode node = parent.get(field);
		return node != null && node.isTextual() ? node.asText() : null;
	}

}
