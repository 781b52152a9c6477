package uk.opcc.quorum.bot.command;

/**
 * Where a message came from.
 *
 * @param id the conversation id (a reply goes back to it)
 * @param kind personal chat, group chat or channel
 * @param channelId the Teams channel id when {@code kind} is {@link Kind#CHANNEL}, else
 * null
 */
public record ConversationInfo(String id, Kind kind, String channelId) {

	public enum Kind {

		PERSONAL, GROUP, CHANNEL

	}

}
