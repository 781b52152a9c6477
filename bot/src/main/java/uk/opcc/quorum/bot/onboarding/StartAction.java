package uk.opcc.quorum.bot.onboarding;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.stereotype.Component;

import uk.opcc.quorum.bot.command.BotReply;
import uk.opcc.quorum.bot.command.CardActionHandler;
import uk.opcc.quorum.bot.command.CardActionRequest;
import uk.opcc.quorum.bot.security.Role;

/** The welcome card's "I'm new" button, and "Start over" at the end of the programme. */
@Component
class StartAction implements CardActionHandler {

	private final Onboarding onboarding;

	StartAction(Onboarding onboarding) {
		this.onboarding = onboarding;
	}

	@Override
	public String verb() {
		return TopicCard.START;
	}

	@Override
	public Set<Role> allowedRoles() {
		return EnumSet.allOf(Role.class);
	}

	@Override
	public BotReply handle(CardActionRequest request) {
		return "true".equals(request.text("over")) ? onboarding.startOver(request.caller())
				: onboarding.resume(request.caller());
	}

}
