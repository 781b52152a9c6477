package uk.opcc.quorum.bot.card;

import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A small typed builder for Adaptive Cards 1.5, the highest version Teams renders. Cards
 * are built as a JSON tree (Jackson 2, which the Bot Framework SDK serialises), so user
 * text is always escaped and never spliced into JSON. Every action carries its
 * {@code verb} in its data too, so that Teams' {@code Action.Execute} invokes and the
 * chat page's submits reach the same handler.
 */
public final class Card {

	public static final String CONTENT_TYPE = "application/vnd.microsoft.card.adaptive";

	public static final String VERSION = "1.5";

	/**
	 * The schema of {@link #VERSION}, which CardSchemaTests checks every card against.
	 */
	public static final String SCHEMA = "http://adaptivecards.io/schemas/1.5.0/adaptive-card.json";

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	private final ObjectNode root = JSON.objectNode();

	private final ArrayNode body;

	private final ArrayNode actions;

	private Card() {
		root.put("type", "AdaptiveCard");
		root.put("$schema", SCHEMA);
		root.put("version", VERSION);
		body = root.putArray("body");
		actions = JSON.arrayNode();
	}

	public static Card create() {
		return new Card();
	}

	public Card heading(String text) {
		textBlock(text).put("size", "Large").put("weight", "Bolder").put("style", "heading");
		return this;
	}

	public Card text(String text) {
		textBlock(text);
		return this;
	}

	public Card subtle(String text) {
		textBlock(text).put("isSubtle", true).put("size", "Small");
		return this;
	}

	/**
	 * A title/value list; insertion order is kept. A missing title or value is shown
	 * empty: the schema allows no null there.
	 */
	public Card facts(Map<String, String> facts) {
		ObjectNode set = body.addObject().put("type", "FactSet");
		ArrayNode items = set.putArray("facts");
		facts.forEach((title, value) -> items.addObject().put("title", orEmpty(title)).put("value", orEmpty(value)));
		return this;
	}

	/**
	 * A picture, at its own size or the card's width if narrower. The alternative text is
	 * what a screen reader says instead, so it must carry what the picture shows.
	 */
	public Card image(String url, String altText) {
		body.addObject().put("type", "Image").put("url", url).put("altText", orEmpty(altText));
		return this;
	}

	public Card textInput(String id, String label, String value, boolean multiline, boolean required) {
		ObjectNode input = input("Input.Text", id, label, required).put("isMultiline", multiline);
		if (value != null) {
			input.put("value", value);
		}
		return this;
	}

	public Card dateInput(String id, String label, String isoDate, boolean required) {
		ObjectNode input = input("Input.Date", id, label, required);
		if (isoDate != null) {
			input.put("value", isoDate);
		}
		return this;
	}

	public Card timeInput(String id, String label, String hhmm, boolean required) {
		ObjectNode input = input("Input.Time", id, label, required);
		if (hhmm != null) {
			input.put("value", hhmm);
		}
		return this;
	}

	/** A drop-down; keys are the submitted values, values the labels shown. */
	public Card choiceInput(String id, String label, Map<String, String> choices, String value, boolean required) {
		ObjectNode input = input("Input.ChoiceSet", id, label, required).put("style", "compact");
		ArrayNode list = input.putArray("choices");
		choices.forEach((key, title) -> list.addObject().put("title", orEmpty(title)).put("value", key));
		if (value != null) {
			input.put("value", value);
		}
		return this;
	}

	/**
	 * A button that sends {@code verb} and {@code data} (plus the card's inputs) back to
	 * Quorum.
	 */
	public Card action(String title, String verb, Map<String, ?> data) {
		ObjectNode action = actions.addObject().put("type", "Action.Execute").put("title", title).put("verb", verb);
		ObjectNode payload = action.putObject("data");
		data.forEach((key, value) -> payload.set(key, MAPPER.valueToTree(value)));
		payload.put("verb", verb);
		return this;
	}

	public Card openUrl(String title, String url) {
		actions.addObject().put("type", "Action.OpenUrl").put("title", title).put("url", url);
		return this;
	}

	/** The card as a JSON tree, ready to be an attachment's content. */
	public ObjectNode toJson() {
		ObjectNode copy = root.deepCopy();
		if (!actions.isEmpty()) {
			copy.set("actions", actions.deepCopy());
		}
		return copy;
	}

	@Override
	public String toString() {
		return toJson().toString();
	}

	private static final ObjectMapper MAPPER = new ObjectMapper();

	private ObjectNode textBlock(String text) {
		return body.addObject().put("type", "TextBlock").put("text", orEmpty(text)).put("wrap", true);
	}

	private static String orEmpty(String text) {
		return text == null ? "" : text;
	}

	private ObjectNode input(String type, String id, String label, boolean required) {
		return body.addObject()
			.put("type", type)
			.put("id", id)
			.put("label", label)
			.put("isRequired", required)
			.put("errorMessage", label + " is required");
	}

}
