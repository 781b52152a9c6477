package uk.opcc.quorum.knowledge.embed;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import dev.langchain4j.model.embedding.onnx.e5smallv2q.E5SmallV2QuantizedEmbeddingModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.ai.document.Document;
import org.springframework.ai.embedding.Embedding;
import org.springframework.ai.embedding.EmbeddingModel;
import org.springframework.ai.embedding.EmbeddingRequest;
import org.springframework.ai.embedding.EmbeddingResponse;

import uk.opcc.quorum.knowledge.KnowledgeStarting;

/**
 * e5-small-v2 (quantised), run in process from the ONNX model inside its Maven jar,
 * behind Spring AI's {@link EmbeddingModel}. Chosen by measurement over all-MiniLM-L6-v2
 * and bge-small-en-v1.5 (docs/eval/embedding-models.md): the best recall on the tuning
 * half, and a third of MiniLM's memory. Spring AI's own transformers model would start
 * DJL, which downloads native code at run time; this one needs nothing from the network.
 *
 * <p>
 * Loading takes a second or two of processor time, so Quorum does not load it on its way
 * to serving requests: the application {@linkplain #load(Executor) loads it in the
 * background} once it is ready, and a caller that needs it meanwhile waits for it at most
 * the configured time, then gets {@link KnowledgeStarting}. Used on its own (a test, a
 * tool), the model loads on first use, on the caller's thread.
 *
 * <p>
 * e5 was trained with "query: " and "passage: " in front of what it embeds;
 * {@link CachedEmbeddings} adds them.
 */
public class LocalEmbeddingModel implements EmbeddingModel {

	private static final Logger log = LoggerFactory.getLogger(LocalEmbeddingModel.class);

	public static final String MODEL_ID = "e5-small-v2-q@langchain4j-1.20.0-beta30";

	public static final int DIMENSIONS = 384;

	public static final String QUERY_PREFIX = "query: ";

	public static final String PASSAGE_PREFIX = "passage: ";

	/** Reads the shipped model from its jar; the model runs on the caller's thread. */
	public static final Supplier<dev.langchain4j.model.embedding.EmbeddingModel> E5 = () -> new E5SmallV2QuantizedEmbeddingModel(
			Runnable::run);

	private final Supplier<? extends dev.langchain4j.model.embedding.EmbeddingModel> loader;

	private final Duration wait;

	private volatile CompletableFuture<dev.langchain4j.model.embedding.EmbeddingModel> loading;

	/** Loads on first use; a caller meanwhile waits as long as loading takes. */
	public LocalEmbeddingModel() {
		this(null, E5);
	}

	/**
	 * @param wait how long a caller waits for a load under way before being told
	 * {@link KnowledgeStarting}; {@code null} for as long as it takes
	 * @param loader reads the model
	 */
	public LocalEmbeddingModel(Duration wait,
			Supplier<? extends dev.langchain4j.model.embedding.EmbeddingModel> loader) {
		this.wait = wait;
		this.loader = loader;
	}

	/**
	 * Starts loading the model on {@code executor} unless it is loaded or loading
	 * already. From this call on, callers wait for that load (at most the configured
	 * time).
	 */
	public void load(Executor executor) {
		CompletableFuture<dev.langchain4j.model.embedding.EmbeddingModel> started;
		synchronized (this) {
			if (loading != null) {
				return;
			}
			started = new CompletableFuture<>();
			loading = started;
		}
		executor.execute(() -> {
			long start = System.nanoTime();
			try {
				started.complete(loader.get());
				log.info("Loaded the embedding model in {} ms", (System.nanoTime() - start) / 1_000_000);
			}
			catch (RuntimeException | Error ex) {
				// an OutOfMemoryError or a missing native library too: said once, and
				// readiness reports it, rather than a thread that silently stops
				log.error("The embedding model could not be loaded, so questions cannot be answered and documents "
						+ "cannot be indexed: {}", ex.toString());
				started.completeExceptionally(ex);
			}
		});
	}

	/** Whether the model is loaded and ready to embed. */
	public boolean loaded() {
		CompletableFuture<?> current = loading;
		return current != null && current.isDone() && !current.isCompletedExceptionally();
	}

	/** Why the model could not be loaded, if it could not. */
	public Optional<Throwable> failure() {
		CompletableFuture<?> current = loading;
		if (current == null || !current.isCompletedExceptionally()) {
			return Optional.empty();
		}
		try {
			current.join();
			return Optional.empty();
		}
		catch (RuntimeException ex) {
			return Optional.of(ex.getCause() != null ? ex.getCause() : ex);
		}
	}

	@Override
	public EmbeddingResponse call(EmbeddingRequest request) {
		List<Embedding> results = new ArrayList<>();
		List<String> texts = request.getInstructions();
		for (int i = 0; i < texts.size(); i++) {
			results.add(new Embedding(embed(texts.get(i)), i));
		}
		return new EmbeddingResponse(results);
	}

	/**
	 * @throws KnowledgeStarting while the model is still loading in the background after
	 * the configured wait
	 */
	@Override
	public float[] embed(String text) {
		return model().embed(text).content().vector();
	}

	@Override
	public float[] embed(Document document) {
		return embed(document.getText());
	}

	@Override
	public int dimensions() {
		return DIMENSIONS;
	}

	private dev.langchain4j.model.embedding.EmbeddingModel model() {
		CompletableFuture<dev.langchain4j.model.embedding.EmbeddingModel> current = loading;
		if (current == null) {
			load(Runnable::run);
			current = loading;
		}
		try {
			if (wait == null || current.isDone()) {
				return current.get();
			}
			return current.get(wait.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			throw new KnowledgeStarting();
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("The embedding model could not be loaded (" + ex.getCause() + ")",
					ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new KnowledgeStarting();
		}
	}

}
