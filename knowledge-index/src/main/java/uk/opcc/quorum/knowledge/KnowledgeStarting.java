package uk.opcc.quorum.knowledge;

/**
 * The document index cannot answer yet: Quorum has just started and its embedding model
 * is still loading in the background. The message is the sentence for the person who
 * asked; asking again a few seconds later works.
 */
public class KnowledgeStarting extends RuntimeException {

	/** What the person who asked is told. */
	public static final String MESSAGE = "The document index is still starting; try again in a few seconds.";

	/** How long to wait before asking again, for an HTTP {@code Retry-After}. */
	public static final int RETRY_AFTER_SECONDS = 5;

	public KnowledgeStarting() {
		super(MESSAGE);
	}

}
