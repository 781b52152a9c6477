package uk.opcc.quorum.bot.command;

import java.util.List;

/**
 * A command addressed to one {@link CommandHandler}.
 *
 * @param caller who sent it
 * @param text what follows the command word (the whole message for plain questions)
 * @param conversation where it came from
 * @param files files attached to the message
 */
public record CommandRequest(Caller caller, String text, ConversationInfo conversation, List<IncomingFile> files) {

	public CommandRequest {
		text = text == null ? "" : text.strip();
		files = files == null ? List.of() : List.copyOf(files);
	}

}
