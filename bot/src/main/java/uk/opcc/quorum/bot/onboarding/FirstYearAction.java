package uk.opcc.quorum.bot.onboarding;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.stereotype.Component;

import uk.opcc.quorum.bot.command.BotReply;
import uk.opcc.quorum.bot.command.CardActionHandler;
import uk.opcc.quorum.bot.command.CardActionRequest;
import uk.opcc.quorum.bot.security.Role;

/**
 * "Your first year": the statutory dates and the office's next meetings, for people in
 * the office (the board meetings include private boards).
 */
@Component
class FirstYearAction implements CardActionHandler {

	private final FirstYear firstYear;

	FirstYearAction(FirstYear firstYear) {
		this.firstYear = firstYear;
	}

	@Override
	public String verb() {
		return TopicCard.FIRST_YEAR;
	}

	@Override
	public Set<Role> allowedRoles() {
		return EnumSet.complementOf(EnumSet.of(Role.CANDIDATE));
	}

	@Override
	public BotReply handle(CardActionRequest request) {
		return BotReply.card(firstYear.card(request.caller()));
	}

}
