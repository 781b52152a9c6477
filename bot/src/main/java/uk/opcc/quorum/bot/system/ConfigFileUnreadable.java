package uk.opcc.quorum.bot.system;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Spring Boot reports an unreadable or malformed configuration file as an {@link IllegalStateException}
 * whose message names the location; this turns it into a short explanation.
 */
class ConfigFileUnreadable extends AbstractFailureAnalyzer<IllegalStateException> {

	private static final String MARKER = "Failed to load property source from location";

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, IllegalStateException cause) {
		String message = String.valueOf(cause.getMessage());
		if (!message.startsWith(MARKER)) {
			return null;
		}
		String location = message.substring(MARKER.length()).trim();
		Throwable reason = cause.getCause() != null ? cause.getCause() : cause;
		return new FailureAnalysis("The configuration file " + location + " could not be read: "
				+ reason.getClass().getSimpleName() + ": " + firstLines(reason.getMessage()),
				"Make the file readable by this user and valid YAML (check indentation near the line named), "
						+ "or move it aside to run on the defaults.",
				cause);
	}

	private static String firstLines(String message) {
		if (message == null) {
			return "";
		}
		String[] lines = message.strip().split("\\R");
		return String.join(" ", java.util.Arrays.copyOf(lines, Math.min(lines.length, 4)));
	}

}
