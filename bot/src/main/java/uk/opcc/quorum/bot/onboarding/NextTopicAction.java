package uk.opcc.quorum.bot.onboarding;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.stereotype.Component;

import uk.opcc.quorum.bot.command.BotReply;
import uk.opcc.quorum.bot.command.CardActionHandler;
import uk.opcc.quorum.bot.command.CardActionRequest;
import uk.opcc.quorum.bot.security.Role;

/** "Next topic": the topic on the card is done, on to the next. */
@Component
class NextTopicAction implements CardActionHandler {

	private final Onboarding onboarding;

	NextTopicAction(Onboarding onboarding) {
		this.onboarding = onboarding;
	}

	@Override
	public String verb() {
		return TopicCard.NEXT;
	}

	@Override
	public Set<Role> allowedRoles() {
		return EnumSet.allOf(Role.class);
	}

	@Override
	public BotReply handle(CardActionRequest request) {
		return onboarding.next(request.caller(), request.text("topic"));
	}

}
