package uk.opcc.quorum.knowledge.answer;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import uk.opcc.quorum.knowledge.index.Hit;

/**
 * Decides whether the passages found really answer the question: the best passage must be close in meaning
 * (cosine similarity) and the passages must contain most of the question's distinctive words. The thresholds are
 * calibrated on the evaluation set (docs/eval).
 */
record Answerability(double minSimilarity, double minCoverage, Map<String, String> acronyms) {

	static final int PASSAGES_CONSIDERED = 3;

	boolean answers(String question, List<Hit> hits) {
		return !hits.isEmpty() && bestSimilarity(hits) >= minSimilarity && coverage(question, hits) >= minCoverage;
	}

	static double bestSimilarity(List<Hit> hits) {
		return hits.stream().mapToDouble(Hit::similarity).filter(s -> !Double.isNaN(s)).max().orElse(0);
	}

	double coverage(String question, List<Hit> hits) {
		Set<String> wanted = Terms.of(question);
		if (wanted.isEmpty()) {
			return 0;
		}
		Set<String> present = new HashSet<>();
		hits.stream()
			.limit(PASSAGES_CONSIDERED)
			.forEach(hit -> present.addAll(Terms.of(hit.title() + " " + hit.section() + " " + hit.text())));
		long covered = wanted.stream().filter(term -> present.contains(term) || expansionPresent(term, present)).count();
		return (double) covered / wanted.size();
	}

	private boolean expansionPresent(String term, Set<String> present) {
		return acronyms.entrySet()
			.stream()
			.filter(entry -> Terms.of(entry.getKey()).contains(term))
			.anyMatch(entry -> present.containsAll(Terms.of(entry.getValue())));
	}

}
