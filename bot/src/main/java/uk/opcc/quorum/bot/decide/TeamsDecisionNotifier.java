package uk.opcc.quorum.bot.decide;

import java.util.concurrent.Executor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import uk.opcc.quorum.bot.command.BotMessage;
import uk.opcc.quorum.bot.proactive.ProactiveMessenger;
import uk.opcc.quorum.bot.teams.Roles;
import uk.opcc.quorum.decisions.Capacity;
import uk.opcc.quorum.decisions.DecisionNotice;
import uk.opcc.quorum.decisions.DecisionNotifier;
import uk.opcc.quorum.bot.system.LogSafe;

/**
 * Tells people in Teams when a notice is their turn: everyone holding the capacity's
 * role, named in {@code quorum.teams.users} or a member of an Entra group mapped to it
 * (read through Graph), with the notice's card. It all happens in the bot's work pool:
 * the change is already stored, and neither Graph nor a slow or failing connector
 * (retried, then recorded as undelivered) may hold up the person who made it.
 */
@Component
class TeamsDecisionNotifier implements DecisionNotifier {

	private static final Logger log = LoggerFactory.getLogger(TeamsDecisionNotifier.class);

	private final ProactiveMessenger messenger;

	private final Roles roles;

	private final DecideCards cards;

	private final Executor work;

	TeamsDecisionNotifier(ProactiveMessenger messenger, Roles roles, DecideCards cards,
			@Qualifier("botWork") Executor work) {
		this.messenger = messenger;
		this.roles = roles;
		this.cards = cards;
		this.work = work;
	}

	@Override
	public void toCapacity(Capacity capacity, DecisionNotice notice, String message) {
		BotMessage card = card(notice, message);
		later(notice, "the " + capacity.description(),
				() -> roles.holders(Capacities.rolesFor(capacity)).forEach(id -> messenger.send(id, card)));
	}

	@Override
	public void toPerson(String id, DecisionNotice notice, String message) {
		BotMessage card = card(notice, message);
		later(notice, id, () -> messenger.send(id, card));
	}

	private BotMessage card(DecisionNotice notice, String message) {
		return new BotMessage(message, cards.notice(notice, message));
	}

	private void later(DecisionNotice notice, String whom, Runnable telling) {
		work.execute(() -> {
			try {
				telling.run();
			}
			catch (RuntimeException ex) {
				log.warn("Could not tell {} about notice {}: {}", LogSafe.of(whom), LogSafe.of(notice.reference()),
						LogSafe.of(ex));
			}
		});
	}

}
