package uk.opcc.quorum.knowledge.answer;

/**
 * What decides whether the passages found answer a question, each a general measure (no
 * question patterns): how close in meaning the best passage and the best quotable unit
 * are, how close the best unit that holds the kind of fact asked for is, how much of the
 * question's rarity-weighted wording one passage contains, and how much of it one unit
 * uses.
 */
record Signals(double passageSimilarity, double unitSimilarity, double kindSimilarity, double coverage,
		double unitOverlap, double kindOverlap) {

	static final String[] NAMES = { "passageSimilarity", "unitSimilarity", "kindSimilarity", "coverage", "unitOverlap",
			"kindOverlap" };

	/** The direction each signal may push: closer and fuller only ever help. */
	static final int[] SIGNS = { 1, 1, 1, 1, 1, 1 };

	static final Signals NONE = new Signals(0, 0, 0, 0, 0, 0);

	double[] values() {
		return new double[] { passageSimilarity, unitSimilarity, kindSimilarity, coverage, unitOverlap, kindOverlap };
	}

}
