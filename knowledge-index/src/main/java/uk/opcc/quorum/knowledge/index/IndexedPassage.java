package uk.opcc.quorum.knowledge.index;

import uk.opcc.quorum.knowledge.Audience;

/**
 * One passage as the index stores it, with its embedding and one embedding per
 * {@link Units unit} of its text.
 *
 * @param office the police area its document comes from, empty when it names none
 */
public record IndexedPassage(String id, String documentId, String title, String section, String text, Audience audience,
		String office, float[] vector, float[][] unitVectors) {

	public IndexedPassage {
		office = office == null ? "" : office;
		unitVectors = unitVectors == null ? new float[0][] : unitVectors;
	}

	/** A passage indexed without unit vectors: answers quote it by its own similarity. */
	public IndexedPassage(String id, String documentId, String title, String section, String text, Audience audience,
			float[] vector) {
		this(id, documentId, title, section, text, audience, "", vector, null);
	}

}
