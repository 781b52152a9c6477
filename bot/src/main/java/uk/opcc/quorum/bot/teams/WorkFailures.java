package uk.opcc.quorum.bot.teams;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.RejectedExecutionException;

import com.microsoft.bot.restclient.RestException;
import com.mongodb.MongoException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;

import uk.opcc.quorum.bot.system.LogSafe;

/**
 * What to log when work done after an acknowledgement fails. Without this a failure
 * escaped the pool's thread and was printed with its stack by the JVM, outside the log's
 * format. Trouble with Teams or the store is expected now and then and gets one line;
 * anything else is a fault in Quorum and keeps its stack.
 */
final class WorkFailures {

	private static final Logger log = LoggerFactory.getLogger(WorkFailures.class);

	private WorkFailures() {
	}

	static void report(RuntimeException failure) {
		if (expected(failure)) {
			log.warn("Work after an acknowledgement failed: {}", LogSafe.of(failure));
		}
		else {
			log.error("Work after an acknowledgement failed unexpectedly: {}", LogSafe.of(failure), failure);
		}
	}

	static boolean expected(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof RestException || t instanceof IOException || t instanceof UncheckedIOException
					|| t instanceof MongoException || t instanceof DataAccessException
					|| t instanceof RejectedExecutionException) {
				return true;
			}
		}
		return false;
	}

}
