package uk.opcc.quorum.bot.command;

import java.util.function.Supplier;

import uk.opcc.quorum.decisions.DecisionException;
import uk.opcc.quorum.scheduler.SchedulingException;

/**
 * The capabilities' refusals are sentences meant for the user: they are answered as they
 * are, nothing changed.
 */
public final class Refusals {

	private Refusals() {
	}

	public static BotReply explain(Supplier<BotReply> work) {
		try {
			return work.get();
		}
		catch (DecisionException ex) {
			return BotReply.text(ex.getMessage());
		}
		catch (SchedulingException ex) {
			return BotReply.text(ex.getMessage());
		}
	}

}
