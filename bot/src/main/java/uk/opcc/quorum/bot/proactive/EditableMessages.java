package uk.opcc.quorum.bot.proactive;

import java.util.Optional;

import uk.opcc.quorum.bot.command.BotMessage;

/**
 * A message Quorum sends to a conversation it knows and then changes in place, as a
 * progress line does: one message that moves on instead of a stream of them.
 */
public interface EditableMessages {

	/**
	 * Sends a short text message; answers the id Teams gave it, or empty when it was not
	 * delivered (recorded in {@code bot_undelivered}).
	 */
	Optional<String> post(String conversationId, BotMessage message);

	/** Replaces the text of a message {@link #post} sent; false when Teams refused. */
	boolean edit(String conversationId, String messageId, BotMessage message);

}
