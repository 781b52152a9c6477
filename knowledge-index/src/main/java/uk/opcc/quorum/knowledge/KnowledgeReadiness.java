package uk.opcc.quorum.knowledge;

import java.util.Optional;

import uk.opcc.quorum.knowledge.corpus.CorpusProgress;
import uk.opcc.quorum.knowledge.embed.LocalEmbeddingModel;

/**
 * Whether the document index is ready: its embedding model loaded (in the background,
 * once Quorum is ready for requests) and the corpus folder read once since start. Until
 * then Quorum serves every other request; a question may be told to ask again.
 */
public class KnowledgeReadiness {

	/** Where the index is on its way to answering. */
	public enum State {

		/** The embedding model is not loaded yet. */
		LOADING_MODEL,

		/** The model is loaded; the corpus folder's first read has not finished. */
		READING_CORPUS,

		/** Questions are answered from everything in the corpus folder. */
		READY,

		/** The embedding model could not be loaded; the log says why. */
		FAILED

	}

	private final LocalEmbeddingModel model;

	private final CorpusProgress corpus;

	public KnowledgeReadiness(LocalEmbeddingModel model, CorpusProgress corpus) {
		this.model = model;
		this.corpus = corpus;
	}

	public State state() {
		if (model.failure().isPresent()) {
			return State.FAILED;
		}
		if (!model.loaded()) {
			return State.LOADING_MODEL;
		}
		return corpus.read() ? State.READY : State.READING_CORPUS;
	}

	/** Why the model could not be loaded, when it could not. */
	public Optional<String> failure() {
		return model.failure().map(ex -> ex.getClass().getSimpleName() + ": " + ex.getMessage());
	}

}
