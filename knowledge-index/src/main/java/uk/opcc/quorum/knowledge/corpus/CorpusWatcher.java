package uk.opcc.quorum.knowledge.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;

import uk.opcc.quorum.knowledge.IndexedDocument;
import uk.opcc.quorum.knowledge.IngestionException;
import uk.opcc.quorum.knowledge.KnowledgeProperties;
import uk.opcc.quorum.knowledge.KnowledgeService;
import uk.opcc.quorum.knowledge.embed.LocalEmbeddingModel;
import uk.opcc.quorum.knowledge.index.Indexer;

/**
 * Keeps the index in step with the corpus folder: once the application is ready for
 * requests it loads the embedding model and repairs the index, then it scans the folder
 * every few seconds and indexes added or changed files and removes deleted ones, all on
 * one background thread, so that none of it delays the start. Polling rather than
 * file-system events: editors and network drives save in ways that watch services miss,
 * and a scan of a few hundred files is cheap.
 */
public class CorpusWatcher implements ApplicationListener<ApplicationReadyEvent>, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(CorpusWatcher.class);

	private static final String SOURCE_PREFIX = "corpus:";

	private final KnowledgeService knowledge;

	private final Indexer indexer;

	private final KnowledgeProperties properties;

	private final CorpusProgress progress;

	private final LocalEmbeddingModel model;

	private final Map<Path, String> seen = new HashMap<>();

	private final Object lifecycle = new Object();

	private ScheduledExecutorService executor;

	public CorpusWatcher(KnowledgeService knowledge, Indexer indexer, KnowledgeProperties properties,
			CorpusProgress progress, LocalEmbeddingModel model) {
		this.model = model;
		this.knowledge = knowledge;
		this.indexer = indexer;
		this.properties = properties;
		this.progress = progress;
	}

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		start();
	}

	/**
	 * Starts the background work: the model first (from here on, a question waits for it
	 * rather than loading it too), then the repair, then the scans.
	 */
	void start() {
		synchronized (lifecycle) {
			if (executor != null) {
				return;
			}
			if (Files.isDirectory(properties.corpusDir())) {
				progress.started();
			}
			executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
				Thread thread = new Thread(runnable, "quorum-corpus");
				thread.setDaemon(true);
				return thread;
			});
			model.load(executor);
			executor.execute(this::repair);
			executor.scheduleWithFixedDelay(this::scan, 0, properties.watchInterval().toMillis(),
					TimeUnit.MILLISECONDS);
		}
	}

	private void repair() {
		try {
			indexer.reconcile();
		}
		catch (RuntimeException ex) {
			log.error("The search index could not be repaired at start: {}", ex.getMessage());
		}
	}

	/**
	 * One pass over the folder; public so that a test or an admin command can force it.
	 */
	public synchronized void scan() {
		try {
			scanFolder();
		}
		finally {
			progress.finished();
		}
	}

	private void scanFolder() {
		Path root = properties.corpusDir();
		if (!Files.isDirectory(root)) {
			return;
		}
		Set<Path> present = new HashSet<>();
		try (Stream<Path> files = Files.walk(root)) {
			files.filter(Files::isRegularFile)
				.filter(file -> !file.getFileName().toString().startsWith("."))
				.forEach(file -> {
					present.add(file);
					String stamp = stamp(file);
					if (!stamp.equals(seen.get(file))) {
						seen.put(file, stamp);
						index(root, file);
					}
				});
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Could not scan the corpus folder {}: {}", root, ex.getMessage());
			return;
		}
		for (Path gone : Set.copyOf(seen.keySet())) {
			if (!present.contains(gone)) {
				seen.remove(gone);
				knowledge.deleteSource(source(root, gone))
					.ifPresent(d -> log.info("Removed '{}' from the index: its file was deleted", d.title()));
			}
		}
	}

	private void index(Path root, Path file) {
		try {
			IndexedDocument document = knowledge.ingest(file.getFileName().toString(), Files.readAllBytes(file),
					audienceOf(root, file), source(root, file));
			log.info("Indexed '{}' ({} passages) from {}", document.title(), document.chunks(), file);
		}
		catch (IngestionException ex) {
			log.warn("Not indexed: {}", ex.getMessage());
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Not indexed: {}: {}", file, ex.getMessage());
		}
	}

	/**
	 * Files under {@code staff/} or {@code restricted/} in the corpus folder get that
	 * audience.
	 */
	private uk.opcc.quorum.knowledge.Audience audienceOf(Path root, Path file) {
		Path relative = root.relativize(file);
		if (relative.getNameCount() > 1) {
			String folder = relative.getName(0).toString().toUpperCase(java.util.Locale.ROOT);
			for (uk.opcc.quorum.knowledge.Audience audience : uk.opcc.quorum.knowledge.Audience.values()) {
				if (audience.name().equals(folder)) {
					return audience;
				}
			}
		}
		return properties.corpusAudience();
	}

	private static String source(Path root, Path file) {
		return SOURCE_PREFIX + root.relativize(file).toString().replace('\\', '/');
	}

	private static String stamp(Path file) {
		try {
			return Files.getLastModifiedTime(file).toMillis() + ":" + Files.size(file);
		}
		catch (IOException ex) {
			return "unreadable";
		}
	}

	@Override
	public void destroy() {
		synchronized (lifecycle) {
			if (executor != null) {
				executor.shutdownNow();
				try {
					executor.awaitTermination(10, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
		}
	}

}
