package uk.opcc.quorum.bot.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.h2.mvstore.MVStore;

/**
 * Opens the embedded store's backend and binds it to loopback, turning each failure into
 * a startup problem.
 */
final class EmbeddedStore {

	private EmbeddedStore() {
	}

	static MongoServer start(StoreProperties properties) {
		MongoBackend backend = properties.inMemory() ? new MemoryBackend() : openFileBackend(properties);
		MongoServer server = new MongoServer(backend);
		try {
			server.bind(new InetSocketAddress("127.0.0.1", properties.embeddedPort()));
		}
		catch (RuntimeException ex) {
			backend.close();
			if (hasCause(ex, BindException.class)) {
				throw new StartupProblem(
						"The embedded store could not listen on 127.0.0.1:" + properties.embeddedPort()
								+ " because the port is already in use.",
						"Set quorum.store.embedded-port to a free port, or to 0 to pick one automatically.", ex);
			}
			throw ex;
		}
		return server;
	}

	private static MongoBackend openFileBackend(StoreProperties properties) {
		Path dataDir = properties.dataDir().toAbsolutePath();
		try {
			Files.createDirectories(dataDir);
		}
		catch (IOException | UncheckedIOException ex) {
			throw unwritable(dataDir, ex);
		}
		if (!Files.isWritable(dataDir)) {
			throw unwritable(dataDir, null);
		}
		Path file = properties.storeFile().toAbsolutePath();
		MVStore store = null;
		try {
			// Opened here, not by H2Backend, so that the backend can commit it before
			// acknowledging each write.
			store = new MVStore.Builder().fileName(file.toString()).open();
			return new DurableH2Backend(store);
		}
		catch (RuntimeException ex) {
			if (store != null) {
				store.closeImmediately();
			}
			if (String.valueOf(ex.getMessage()).contains("locked")) {
				throw new StartupProblem(
						"The embedded store file " + file + " is in use by another process "
								+ "(probably another Quorum).",
						"Stop the other Quorum, or set quorum.store.data-dir to "
								+ "another directory, or share one real MongoDB through spring.mongodb.uri.",
						ex);
			}
			throw new StartupProblem("The embedded store file " + file + " could not be opened: " + ex.getMessage(),
					"Check that the file is a Quorum store written by this version, or move it aside to start afresh.",
					ex);
		}
	}

	private static StartupProblem unwritable(Path dataDir, Exception cause) {
		return new StartupProblem("The data directory " + dataDir + " cannot be created or written.",
				"Set quorum.store.data-dir (environment QUORUM_STORE_DATA_DIR) to a directory this user can write, "
						+ "or fix the directory's permissions.",
				cause);
	}

	private static boolean hasCause(Throwable ex, Class<? extends Throwable> type) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (type.isInstance(t)) {
				return true;
			}
		}
		return false;
	}

}
