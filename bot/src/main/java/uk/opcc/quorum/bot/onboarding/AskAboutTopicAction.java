package uk.opcc.quorum.bot.onboarding;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.stereotype.Component;

import uk.opcc.quorum.bot.command.BotReply;
import uk.opcc.quorum.bot.command.CardActionHandler;
import uk.opcc.quorum.bot.command.CardActionRequest;
import uk.opcc.quorum.bot.security.Role;

/** "Ask about this": the question typed on a topic's card, asked within the topic. */
@Component
class AskAboutTopicAction implements CardActionHandler {

	private final Onboarding onboarding;

	AskAboutTopicAction(Onboarding onboarding) {
		this.onboarding = onboarding;
	}

	@Override
	public String verb() {
		return TopicCard.ASK;
	}

	@Override
	public Set<Role> allowedRoles() {
		return EnumSet.allOf(Role.class);
	}

	@Override
	public BotReply handle(CardActionRequest request) {
		return onboarding.ask(request.caller(), request.text("topic"), request.text("question"));
	}

}
