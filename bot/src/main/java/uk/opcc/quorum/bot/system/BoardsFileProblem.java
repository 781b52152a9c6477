package uk.opcc.quorum.bot.system;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

import uk.opcc.quorum.scheduler.SchedulingException;

/**
 * A mistake in config/boards.yml stops Quorum at start with the scheduler's sentence, not
 * a stack trace.
 */
class BoardsFileProblem extends AbstractFailureAnalyzer<SchedulingException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, SchedulingException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Correct the board definition (quorum.scheduler.boards-file, by default config/boards.yml) and start "
						+ "Quorum again. docs/meet.md describes each field.",
				cause);
	}

}
