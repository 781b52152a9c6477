package uk.opcc.quorum.bot.system;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.core.Ordered;

/**
 * Names the property to change when Quorum's HTTP port (3978 by default, the Bot
 * Framework's) is taken.
 */
class PortInUse extends AbstractFailureAnalyzer<PortInUseException> implements Ordered {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, PortInUseException cause) {
		return new FailureAnalysis("Port " + cause.getPort() + " is already in use, so Quorum cannot listen on it.",
				"Stop the process listening on port " + cause.getPort()
						+ " (perhaps another Quorum), or set server.port (environment SERVER_PORT) to a free port.",
				cause);
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
