package uk.opcc.quorum.knowledge.corpus;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Whether Quorum is still on its first read of the corpus folder after starting. Until
 * then a question the index cannot answer may only be early, and the person is told so
 * instead of being sent elsewhere.
 */
public class CorpusProgress {

	private final AtomicBoolean reading = new AtomicBoolean();

	private volatile boolean read;

	public void started() {
		reading.set(true);
	}

	public void finished() {
		reading.set(false);
		read = true;
	}

	public boolean reading() {
		return reading.get();
	}

	/** Whether a read of the corpus folder has finished since start. */
	public boolean read() {
		return read;
	}

}
