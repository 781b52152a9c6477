package uk.opcc.quorum.knowledge.answer;

/**
 * What makes one quotable unit (a sentence, a table row, a list item) the answer's first
 * line: its closeness in meaning to the question, the share of the question's words it
 * uses (weighted by rarity), whether it holds the kind of fact asked for, the rank of its
 * passage, its length in hundreds of characters, and whether it is a heading (the
 * passage's own heading or title, or a short numbered line): a heading names what follows
 * and rarely answers.
 */
record UnitSignals(double similarity, double overlap, double kind, double passageRank, double length, double heading,
		double similarityGap, double overlapGap, double kindOverlap) {

	static final String[] NAMES = { "similarity", "overlap", "kind", "passageRank", "length", "heading",
			"similarityGap", "overlapGap", "kindOverlap" };

	/**
	 * The direction each signal may push: closeness, shared words and the asked-for kind
	 * help, a later passage and a heading do not.
	 */
	static final int[] SIGNS = { 1, 1, 1, -1, 0, -1, -1, -1, 1 };

	double[] values() {
		return new double[] { similarity, overlap, kind, passageRank, length, heading, similarityGap, overlapGap,
				kindOverlap };
	}

}
