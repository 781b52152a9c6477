package uk.opcc.quorum.bot.command;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * A button pressed on one of Quorum's cards ({@code Action.Execute} or
 * {@code Action.Submit}).
 *
 * @param caller who pressed it
 * @param verb the action's verb, which picks the {@link CardActionHandler}
 * @param data the action's data merged with the card's input values
 * @param conversation where the card is
 */
public record CardActionRequest(Caller caller, String verb, Map<String, Object> data, ConversationInfo conversation) {

	public CardActionRequest {
		// an input left empty can arrive as null: the same as absent, and Map.copyOf
		// refuses nulls
		data = data == null ? Map.of()
				: data.entrySet()
					.stream()
					.filter(entry -> entry.getKey() != null && entry.getValue() != null)
					.collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/** A value from the card as trimmed text, or empty text when absent. */
	public String text(String key) {
		Object value = data.get(key);
		return value == null ? "" : value.toString().strip();
	}

}
