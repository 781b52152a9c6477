package uk.opcc.quorum.bot.command;

import java.util.List;

/** What a handler answers: one or more messages, sent in order. */
public record BotReply(List<BotMessage> messages) {

	public BotReply {
		messages = List.copyOf(messages);
	}

	public static BotReply text(String text) {
		return new BotReply(List.of(BotMessage.text(text)));
	}

	public static BotReply card(uk.opcc.quorum.bot.card.Card card) {
		return new BotReply(List.of(BotMessage.card(card)));
	}

	public static BotReply of(BotMessage... messages) {
		return new BotReply(List.of(messages));
	}

}
