package uk.opcc.quorum.bot.ask;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.stereotype.Component;

import uk.opcc.quorum.bot.command.BotReply;
import uk.opcc.quorum.bot.command.CardActionHandler;
import uk.opcc.quorum.bot.command.CardActionRequest;
import uk.opcc.quorum.bot.command.CommandRequest;
import uk.opcc.quorum.bot.security.Role;

/** A button that asks a question on the user's behalf (the example on the help card). */
@Component
class AskQuestionAction implements CardActionHandler {

	private final AskCommand ask;

	AskQuestionAction(AskCommand ask) {
		this.ask = ask;
	}

	@Override
	public String verb() {
		return "ask.question";
	}

	@Override
	public Set<Role> allowedRoles() {
		return EnumSet.allOf(Role.class);
	}

	@Override
	public BotReply handle(CardActionRequest request) {
		return ask.handle(new CommandRequest(request.caller(), request.text("question"), request.conversation(), null));
	}

}
