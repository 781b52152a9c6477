package uk.opcc.quorum.bot.decide;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
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
 * there), with the notice's card. Messages go from the bot's work pool: the change is already stored, and a slow or
 * failing connector (retried, then recorded as undelivered) must not hold up the person who made it.
 */
@Component
class TeamsDecisionNotifier implements DecisionNotifier {

	private static final Logger log = LoggerFactory.getLogger(TeamsDecisionNotifier.class);

	private final ProactiveMessenger messenger;

	private final TeamsProperties teams;

	private final DecideCards cards;

	private final Executor work;

	TeamsDecisionNotifier(ProactiveMessenger messenger, TeamsProperties teams, DecideCards cards,
			@Qualifier("botWork") Executor work) {
		this.messenger = messenger;
		this.work = work;
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
		BotMessage card = new BotMessage(message, cards.notice(notice, message));
		work.execute(() -> {
			try {
				messenger.send(id, card);
			}
			catch (RuntimeException ex) {
				log.warn("Could not tell {} about notice {}: {}", id, notice.reference(), ex.getMessage());
			}
		});
	}

}
