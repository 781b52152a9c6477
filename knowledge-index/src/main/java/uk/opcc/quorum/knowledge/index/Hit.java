package uk.opcc.quorum.knowledge.index;

/**
 * A passage found by a search.
 *
 * @param score the search's own score: BM25, cosine similarity, or fused rank score
 * @param similarity cosine similarity to the question when the vector search saw it, else
 * NaN
 */
public record Hit(String id, String documentId, String title, String section, String text, double score,
		double similarity) {

	Hit withScores(double newScore, double newSimilarity) {
		return new Hit(id, documentId, title, section, text, newScore, newSimilarity);
	}

}
