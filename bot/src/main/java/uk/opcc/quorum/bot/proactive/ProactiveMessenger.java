package uk.opcc.quorum.bot.proactive;

import uk.opcc.quorum.bot.command.BotMessage;

/**
 * Reaches people when they have not just spoken to Quorum (reminders, approvals waiting),
 * through the conversation references stored when Quorum was installed or first spoken
 * to.
 */
public interface ProactiveMessenger {

	/**
	 * Sends to one person's personal chat with Quorum.
	 * @param recipient Entra object id, user principal name or e-mail address
	 */
	Delivery send(String recipient, BotMessage message);

	/** Sends to a conversation Quorum already knows (a channel or group chat). */
	Delivery sendToConversation(String conversationId, BotMessage message);

	/** The outcome; a message that could not be delivered is also recorded for review. */
	record Delivery(boolean delivered, String detail) {

		public static Delivery ok() {
			return new Delivery(true, "delivered");
		}

		public static Delivery failed(String detail) {
			return new Delivery(false, detail);
		}

	}

}
