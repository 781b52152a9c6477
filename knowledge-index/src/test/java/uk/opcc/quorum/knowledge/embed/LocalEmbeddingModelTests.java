package uk.opcc.quorum.knowledge.embed;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import org.junit.jupiter.api.Test;

import uk.opcc.quorum.knowledge.KnowledgeReadiness;
import uk.opcc.quorum.knowledge.KnowledgeStarting;
import uk.opcc.quorum.knowledge.corpus.CorpusProgress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Loading the model in the background: a caller meanwhile is told the index is starting,
 * never left without an answer; a model that cannot be loaded is reported. The model here
 * is a stand-in, and the background an executor the test runs by hand.
 */
class LocalEmbeddingModelTests {

	private final HeldExecutor background = new HeldExecutor();

	private final CorpusProgress corpus = new CorpusProgress();

	@Test
	void aCallerWhileTheModelLoadsIsToldTheIndexIsStarting() {
		LocalEmbeddingModel model = new LocalEmbeddingModel(Duration.ZERO, () -> new StandIn(1f));
		KnowledgeReadiness readiness = new KnowledgeReadiness(model, corpus);

		model.load(background);

		assertThat(readiness.state()).isEqualTo(KnowledgeReadiness.State.LOADING_MODEL);
		assertThatExceptionOfType(KnowledgeStarting.class).isThrownBy(() -> model.embed("query: who sets the precept?"))
			.withMessage("The document index is still starting; try again in a few seconds.");
		background.runAll();
		assertThat(model.loaded()).isTrue();
		assertThat(model.embed("query: who sets the precept?")).startsWith(1f);
	}

	@Test
	void theIndexIsReadyOnceTheModelIsLoadedAndTheCorpusRead() {
		LocalEmbeddingModel model = new LocalEmbeddingModel(Duration.ZERO, () -> new StandIn(1f));
		KnowledgeReadiness readiness = new KnowledgeReadiness(model, corpus);
		corpus.started();

		model.load(background);
		background.runAll();
		KnowledgeReadiness.State whileReading = readiness.state();
		corpus.finished();

		assertThat(whileReading).isEqualTo(KnowledgeReadiness.State.READING_CORPUS);
		assertThat(readiness.state()).isEqualTo(KnowledgeReadiness.State.READY);
	}

	@Test
	void aModelThatCannotBeLoadedIsReportedNotSwallowed() {
		LocalEmbeddingModel model = new LocalEmbeddingModel(Duration.ZERO, () -> {
			throw new OutOfMemoryError("Java heap space");
		});
		KnowledgeReadiness readiness = new KnowledgeReadiness(model, corpus);

		model.load(background);
		background.runAll();

		assertThat(readiness.state()).isEqualTo(KnowledgeReadiness.State.FAILED);
		assertThat(readiness.failure()).hasValue("OutOfMemoryError: Java heap space");
		assertThatIllegalStateException().isThrownBy(() -> model.embed("query: anything"))
			.withMessageContaining("could not be loaded");
	}

	@Test
	void usedOnItsOwnTheModelLoadsOnFirstUseAndOnlyOnce() {
		List<String> loads = new ArrayList<>();
		LocalEmbeddingModel model = new LocalEmbeddingModel(null, () -> {
			loads.add("load");
			return new StandIn(2f);
		});

		float[] first = model.embed("query: one");
		model.load(background);
		float[] second = model.embed("query: two");

		assertThat(first).startsWith(2f);
		assertThat(second).startsWith(2f);
		assertThat(loads).hasSize(1);
		assertThat(background.tasks).isEmpty();
	}

	/** Runs what it is given only when the test says so. */
	private static final class HeldExecutor implements Executor {

		private final List<Runnable> tasks = new ArrayList<>();

		@Override
		public void execute(Runnable task) {
			tasks.add(task);
		}

		void runAll() {
			List<Runnable> now = List.copyOf(tasks);
			tasks.clear();
			now.forEach(Runnable::run);
		}

	}

	private record StandIn(float value) implements EmbeddingModel {

		@Override
		public Response<Embedding> embed(String text) {
			float[] vector = new float[LocalEmbeddingModel.DIMENSIONS];
			vector[0] = value;
			return Response.from(Embedding.from(vector));
		}

	}

}
