package uk.opcc.quorum.bot.command;

import uk.opcc.quorum.bot.card.Card;

/**
 * One message Quorum sends: text, a card, or both (the text then serves as the
 * notification summary).
 */
public record BotMessage(String text, Card card) {

	public BotMessage {
		if ((text == null || text.isBlank()) && card == null) {
			throw new IllegalArgumentException("a message needs text or a card");
		}
	}

	public static BotMessage text(String text) {
		return new BotMessage(text, null);
	}

	public static BotMessage card(Card card) {
		return new BotMessage(null, card);
	}

}
