package uk.opcc.quorum.bot.command;

import java.util.function.Function;
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
		return orSentence(work, BotReply::text);
	}

	/** The work's result, or what {@code refused} makes of the refusal's sentence. */
	public static <T> T orSentence(Supplier<T> work, Function<String, T> refused) {
		try {
			return work.get();
		}
		catch (DecisionException ex) {
			return refused.apply(ex.getMessage());
		}
		catch (SchedulingException ex) {
			return refused.apply(ex.getMessage());
		}
	}

}
