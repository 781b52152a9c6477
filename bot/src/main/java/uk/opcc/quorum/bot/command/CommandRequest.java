package uk.opcc.quorum.bot.command;

import java.util.List;

import uk.opcc.quorum.bot.conversation.Slots;

/**
 * A command addressed to one {@link CommandHandler}.
 *
 * @param caller who sent it
 * @param text what follows the command word (the whole message for plain questions)
 * @param conversation where it came from
 * @param files files attached to the message
 * @param slots what the message names (board, day and time, decision, person, action,
 * topic), read once by the router and completed from what the conversation spoke of last
 */
public record CommandRequest(Caller caller, String text, ConversationInfo conversation, List<IncomingFile> files,
		Slots slots) {

	public CommandRequest {
		text = text == null ? "" : text.strip();
		files = files == null ? List.of() : List.copyOf(files);
		slots = slots == null ? Slots.NONE : slots;
	}

	public CommandRequest(Caller caller, String text, ConversationInfo conversation, List<IncomingFile> files) {
		this(caller, text, conversation, files, Slots.NONE);
	}

}
