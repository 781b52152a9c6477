package uk.opcc.quorum.knowledge.index;

/**
 * A passage found by a search.
 *
 * @param score the search's own score: BM25, cosine similarity, or fused rank score
 * @param similarity cosine similarity to the question when the vector search saw it, else
 * NaN
 * @param office the police area its document comes from, empty when it names none
 * @param unitVectors one embedding per {@link Units unit} of the text, empty for a
 * passage indexed without them
 */
public record Hit(String id, String documentId, String title, String section, String text, double score,
		double similarity, String office, float[][] unitVectors) {

	public Hit {
		office = office == null ? "" : office;
		unitVectors = unitVectors == null ? new float[0][] : unitVectors;
	}

	public Hit(String id, String documentId, String title, String section, String text, double score,
			double similarity) {
		this(id, documentId, title, section, text, score, similarity, "", null);
	}

	Hit withScores(double newScore, double newSimilarity) {
		return new Hit(id, documentId, title, section, text, newScore, newSimilarity, office, unitVectors);
	}

}
