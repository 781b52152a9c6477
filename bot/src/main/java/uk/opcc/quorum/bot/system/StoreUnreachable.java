package uk.opcc.quorum.bot.system;

import com.mongodb.ConnectionString;
import com.mongodb.MongoException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;

/**
 * Explains a MongoDB that cannot be reached, whichever bean met it first, without leaking
 * the password of {@code spring.mongodb.uri}.
 */
class StoreUnreachable extends AbstractFailureAnalyzer<MongoException> {

	static StartupProblem problem(MongoConnectionDetails details, MongoException cause) {
		return new StartupProblem(describe(details.getConnectionString(), cause), ACTION, cause);
	}

	private static final String ACTION = "Check spring.mongodb.uri (environment SPRING_MONGODB_URI): host, port, "
			+ "credentials and that the server is running. Remove it to run on the embedded store instead.";

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, MongoException cause) {
		return new FailureAnalysis("MongoDB could not be used: " + firstLine(cause.getMessage()), ACTION, cause);
	}

	private static String describe(ConnectionString uri, MongoException cause) {
		return "MongoDB at " + String.join(",", uri.getHosts()) + " (spring.mongodb.uri) did not answer: "
				+ firstLine(cause.getMessage());
	}

	private static String firstLine(String message) {
		if (message == null) {
			return "no reason given";
		}
		int cut = message.indexOf(". Client view of cluster state");
		return cut > 0 ? message.substring(0, cut + 1) : message;
	}

}
