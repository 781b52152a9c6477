package uk.opcc.quorum.knowledge.upload;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.task.TaskExecutor;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.annotation.Scheduled;

import uk.opcc.quorum.knowledge.Audience;
import uk.opcc.quorum.knowledge.IndexedDocument;
import uk.opcc.quorum.knowledge.IngestionException;
import uk.opcc.quorum.knowledge.IngestionProgress;
import uk.opcc.quorum.knowledge.KnowledgeService;

/**
 * Indexes large files on a bounded background executor, so that nobody's request waits
 * minutes for one; each is a job in {@link UploadStore} that its sender can follow.
 * <p>
 * The bytes are held in memory only, not stored: a job its instance did not finish (a
 * crash, a restart) is failed with a sentence asking for the file again. Keeping them
 * (GridFS) to resume would put up to {@code max-file-size} of every document, restricted
 * ones too, in a second place to secure and clean up, to save someone sending a file
 * again after a rare restart. Several instances may share the store, so a job is judged
 * abandoned by its instance's silence, not by being found unfinished.
 */
public class BackgroundUploads implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(BackgroundUploads.class);

	/** How often a living instance shows its jobs are still in hand. */
	static final Duration HEARTBEAT = Duration.ofSeconds(30);

	/** Silence after which another instance's job is taken as abandoned. */
	static final Duration ABANDONED_AFTER = HEARTBEAT.multipliedBy(4);

	private final KnowledgeService knowledge;

	private final UploadStore store;

	private final TaskExecutor executor;

	private final Clock clock;

	private final int queue;

	/** This running instance, as named in the jobs it takes. */
	private final String instance = UUID.randomUUID().toString();

	public BackgroundUploads(KnowledgeService knowledge, UploadStore store, TaskExecutor executor, Clock clock,
			int queue) {
		this.knowledge = knowledge;
		this.store = store;
		this.executor = executor;
		this.clock = clock;
		this.queue = queue;
		sweep();
	}

	/**
	 * Queues a file for indexing and answers its job; {@code listener} hears every step,
	 * the last being DONE or FAILED, on the indexing thread.
	 * @throws UploadsBusy when the queue is full; nothing is recorded then
	 */
	public Upload submit(String fileName, byte[] content, Audience audience, String source, String uploader,
			Consumer<Upload> listener) {
		Instant now = clock.instant();
		Upload queued = new Upload(UUID.randomUUID().toString(), fileName, uploader, audience, Upload.State.QUEUED, 0,
				"waiting to be indexed", null, null, now, now);
		store.insert(queued, instance);
		try {
			executor.execute(() -> run(queued, content, source, listener));
		}
		catch (TaskRejectedException ex) {
			// no half-written record: the job never existed for anyone
			store.delete(queued.id());
			throw new UploadsBusy(fileName + ": Quorum is already indexing " + queue
					+ " large files, as many as it queues; send this one again in a few minutes.");
		}
		return queued;
	}

	public Optional<Upload> status(String id) {
		return store.byId(id);
	}

	private void run(Upload queued, byte[] content, String source, Consumer<Upload> listener) {
		String id = queued.id();
		Steps steps = new Steps(id, listener);
		steps.move(Upload.State.RUNNING, 0, "reading the file");
		try {
			IndexedDocument document = knowledge.ingest(queued.fileName(), content, queued.audience(), source, steps);
			tell(listener, store.done(id, document, clock.instant()));
		}
		catch (IngestionException ex) {
			tell(listener, store.failed(id, ex.getMessage(), clock.instant()));
		}
		catch (RuntimeException ex) {
			log.warn("Indexing upload {} failed: {}", id, ex.toString());
			tell(listener,
					store.failed(id, queued.fileName() + ": something went wrong while indexing it; nothing "
							+ "was indexed. Please send it again, or tell the administrator if it keeps failing.",
							clock.instant()));
		}
	}

	/**
	 * Writes progress only when the percentage moves, which is at most a hundred times.
	 */
	private final class Steps implements IngestionProgress {

		private final String id;

		private final Consumer<Upload> listener;

		private int percent = -1;

		Steps(String id, Consumer<Upload> listener) {
			this.id = id;
			this.listener = listener;
		}

		@Override
		public void parsed(int passages) {
			move(Upload.State.RUNNING, 5, "read " + passages + " passages");
		}

		@Override
		public void embedded(int done, int total) {
			int at = total == 0 ? 95 : 5 + (int) (90L * done / total);
			move(Upload.State.RUNNING, at, "embedding " + done + " of " + total + " passages and sentences");
		}

		@Override
		public void indexed() {
			move(Upload.State.RUNNING, 99, "indexing");
		}

		void move(Upload.State state, int at, String stage) {
			if (at == percent) {
				return;
			}
			percent = at;
			tell(listener, store.moved(id, state, at, stage, clock.instant()));
		}

	}

	private static void tell(Consumer<Upload> listener, Optional<Upload> upload) {
		upload.ifPresent(current -> {
			try {
				listener.accept(current);
			}
			catch (RuntimeException ex) {
				// whoever follows the job must not stop it
				log.warn("Could not report progress of upload {}: {}", current.id(), ex.toString());
			}
		});
	}

	/** Shows this instance's jobs are in hand and fails those another left behind. */
	@Scheduled(initialDelay = 30_000, fixedDelay = 30_000)
	public void sweep() {
		Instant now = clock.instant();
		store.heartbeat(instance, now);
		long abandoned = store.failAbandoned(instance, now.minus(ABANDONED_AFTER), RESTARTED, now);
		if (abandoned > 0) {
			log.info("{} upload(s) left unfinished by a stopped instance were marked failed", abandoned);
		}
	}

	/** Runs before the executor stops: what is queued or running now will not finish. */
	@Override
	public void destroy() {
		store.failAllOf(instance, RESTARTED, clock.instant());
	}

	static final String RESTARTED = "Quorum was restarted before this file was indexed, and does not keep the "
			+ "file itself; please send it again.";

}
