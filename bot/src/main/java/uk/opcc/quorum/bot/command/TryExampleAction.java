package uk.opcc.quorum.bot.command;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import uk.opcc.quorum.bot.security.Role;

/**
 * A "Try: …" button on the help card, or a choice between two boards or people: the text
 * is handled as if typed, so it gets the same routing, roles and confirmation cards as a
 * message.
 */
@Component
class TryExampleAction implements CardActionHandler {

	static final String VERB = "help.try";

	private final CommandDispatcher dispatcher;

	TryExampleAction(@Lazy CommandDispatcher dispatcher) {
		this.dispatcher = dispatcher;
	}

	@Override
	public String verb() {
		return VERB;
	}

	@Override
	public Set<Role> allowedRoles() {
		return EnumSet.allOf(Role.class);
	}

	@Override
	public BotReply handle(CardActionRequest request) {
		return dispatcher.message(request.caller(), request.text("text"), request.conversation(), null);
	}

}
