package uk.opcc.quorum.bot.decide;

import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import uk.opcc.quorum.bot.command.BotMessage;
import uk.opcc.quorum.bot.proactive.ProactiveMessenger;
import uk.opcc.quorum.bot.security.Role;
import uk.opcc.quorum.bot.teams.TeamsProperties;
import uk.opcc.quorum.decisions.Capacity;
import uk.opcc.quorum.decisions.DecisionNotice;
import uk.opcc.quorum.decisions.DecisionNotifier;

/**
 * Tells people in Teams when a notice is their turn: everyone configured with the capacity's role (quorum.teams.users;
 * roles held only through Entra groups cannot be listed without Graph, so statutory officers should be named
 * there), with the notice's card.
 */
@Component
class TeamsDecisionNotifier implements DecisionNotifier {

	private final ProactiveMessenger messenger;

	private final TeamsProperties teams;

	private final DecideCards cards;

	TeamsDecisionNotifier(ProactiveMessenger messenger, TeamsProperties teams, DecideCards cards) {
		this.messenger = messenger;
		this.teams = teams;
		this.cards = cards;
	}

	@Override
	public void toCapacity(Capacity capacity, DecisionNotice notice, String message) {
		Set<Role> roles = Capacities.rolesFor(capacity);
		for (Map.Entry<String, Set<Role>> user : teams.users().entrySet()) {
			if (user.getValue().stream().anyMatch(roles::contains)) {
				toPerson(user.getKey(), notice, message);
			}
		}
	}

	@Override
	public void toPerson(String id, DecisionNotice notice, String message) {
		messenger.send(id, new BotMessage(message, cards.notice(notice, message)));
	}

}
