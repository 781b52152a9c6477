package uk.opcc.quorum.bot.meet;

import java.util.function.Supplier;

import uk.opcc.quorum.bot.command.BotReply;
import uk.opcc.quorum.scheduler.SchedulingException;

/** The scheduler's refusals are sentences meant for the user: they are answered as they are, nothing changed. */
final class Refusals {

	private Refusals() {
	}

	static BotReply explain(Supplier<BotReply> work) {
		try {
			return work.get();
		}
		catch (SchedulingException ex) {
			return BotReply.text(ex.getMessage());
		}
	}

}
