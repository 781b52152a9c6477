package uk.opcc.quorum.bot.command;

import java.util.Map;

/**
 * A button pressed on one of Quorum's cards ({@code Action.Execute} or {@code Action.Submit}).
 *
 * @param caller who pressed it
 * @param verb the action's verb, which picks the {@link CardActionHandler}
 * @param data the action's data merged with the card's input values
 * @param conversation where the card is
 */
public record CardActionRequest(Caller caller, String verb, Map<String, Object> data, ConversationInfo conversation) {

	public CardActionRequest {
		data = data == null ? Map.of() : Map.copyOf(data);
	}

	/** A value from the card as trimmed text, or empty text when absent. */
	public String text(String key) {
		Object value = data.get(key);
		return value == null ? "" : value.toString().strip();
	}

}
