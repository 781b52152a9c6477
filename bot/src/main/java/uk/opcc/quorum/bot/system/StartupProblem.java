package uk.opcc.quorum.bot.system;

/**
 * A misconfiguration found while starting: carries what went wrong and what to do, so
 * that {@link StartupProblemFailureAnalyzer} can print one clear message instead of a
 * stack trace.
 */
public class StartupProblem extends RuntimeException {

	private final String action;

	public StartupProblem(String description, String action, Throwable cause) {
		super(description, cause);
		this.action = action;
	}

	public String action() {
		return action;
	}

}
