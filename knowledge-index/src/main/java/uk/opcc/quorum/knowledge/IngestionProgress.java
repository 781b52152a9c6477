package uk.opcc.quorum.knowledge;

/**
 * Told how the indexing of one document moves on, for someone waiting on a large file.
 * Called on the indexing thread, so an implementation must be quick: it records or hands
 * on, it does not send.
 */
public interface IngestionProgress {

	/** Tells nothing: the ordinary path. */
	IngestionProgress NONE = new IngestionProgress() {
	};

	/** The file was read and split into this many passages. */
	default void parsed(int passages) {
	}

	/**
	 * Embedding moved on: {@code done} of {@code total} texts (the passages and the
	 * sentences within them) have vectors, from the cache or the model.
	 */
	default void embedded(int done, int total) {
	}

	/** The document is searchable (or was already, with the same content). */
	default void indexed() {
	}

}
