package uk.opcc.quorum.bot.system;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import org.h2.mvstore.MVStore;

/**
 * The H2 backend with acknowledged meaning durable. Left to itself MVStore writes its
 * changes to the file about once a second, so a process killed in between loses writes
 * the client was already told had succeeded (a crash test lost most of a burst of
 * decision notices, and a notice number already given out was issued again after the
 * restart). Here every write command is committed to the file before its reply goes back.
 * <p>
 * Commits are grouped: a writer waiting for the commit lock returns at once if a commit
 * that began after its write has already finished, so under load one commit covers every
 * writer that was waiting. A commit writes to the operating system, not to the disk: it
 * survives the process being killed, not the machine losing power.
 * <p>
 * MVStore's auto-commit stays on: its background thread also compacts the file, and it is
 * a backstop for any write this class does not recognise. Because that thread hands its
 * writes to executors and returns, a commit here that finds nothing left to store could
 * otherwise return before the background write it relies on reached the file; it waits
 * for those executors first.
 */
class DurableH2Backend extends H2Backend {

	/**
	 * Commands that change the store, in lower case (the server accepts either spelling
	 * of findAndModify).
	 */
	private static final Set<String> WRITES = Set.of("insert", "update", "delete", "findandmodify", "create",
			"createindexes", "drop", "dropindexes", "dropdatabase", "renamecollection");

	private final MVStore store;

	/**
	 * Writes that have finished changing the store, counted so a commit knows which of
	 * them it covers.
	 */
	private final AtomicLong writesDone = new AtomicLong();

	private final Object commitLock = new Object();

	/** How many of writesDone the last commit covered; guarded by commitLock. */
	private long writesCommitted;

	DurableH2Backend(MVStore store) {
		super(store);
		this.store = store;
	}

	@Override
	public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
		if (!isWrite(command, query)) {
			return super.handleCommand(channel, databaseName, command, query);
		}
		try {
			return super.handleCommand(channel, databaseName, command, query);
		}
		finally {
			// A write that failed part-way (one duplicate in a batch) may still have
			// changed the store.
			makeDurable();
		}
	}

	private void makeDurable() {
		long mine = writesDone.incrementAndGet();
		synchronized (commitLock) {
			if (writesCommitted >= mine) {
				return;
			}
			// Every write counted so far finished before this read, so the commit below
			// contains it.
			long covered = writesDone.get();
			store.commit();
			store.getFileStore().executeFileStoreOperation(() -> {
			});
			writesCommitted = covered;
		}
	}

	private static boolean isWrite(String command, Document query) {
		String name = command.toLowerCase(Locale.ROOT);
		if (WRITES.contains(name)) {
			return true;
		}
		return name.equals("aggregate") && writesOutput(query.get("pipeline"));
	}

	/** An aggregation ending in $out or $merge writes a collection. */
	private static boolean writesOutput(Object pipeline) {
		if (pipeline instanceof List<?> stages) {
			return stages.stream()
				.anyMatch(stage -> stage instanceof Document document
						&& (document.containsKey("$out") || document.containsKey("$merge")));
		}
		return false;
	}

}
