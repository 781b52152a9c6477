package uk.opcc.quorum.knowledge.index;

import uk.opcc.quorum.knowledge.Audience;

/** One passage as the index stores it, with its embedding. */
public record IndexedPassage(String id, String documentId, String title, String section, String text, Audience audience,
		float[] vector) {
}
