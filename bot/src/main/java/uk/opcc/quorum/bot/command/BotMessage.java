package uk.opcc.quorum.bot.command;

import uk.opcc.quorum.bot.card.Card;

/**
 * One message Quorum sends: text, a card, or both (the text then serves as the
 * notification summary); or, in a personal chat, a file offered for the person to accept.
 */
public record BotMessage(String text, Card card, FileOffer file) {

	public BotMessage {
		if ((text == null || text.isBlank()) && card == null && file == null) {
			throw new IllegalArgumentException("a message needs text, a card or a file");
		}
		if (card != null && file != null) {
			throw new IllegalArgumentException("a message carries a card or a file, not both");
		}
	}

	public BotMessage(String text, Card card) {
		this(text, card, null);
	}

	public static BotMessage text(String text) {
		return new BotMessage(text, null);
	}

	public static BotMessage card(Card card) {
		return new BotMessage(null, card);
	}

	public static BotMessage file(String text, FileOffer file) {
		return new BotMessage(text, null, file);
	}

}
