package uk.opcc.quorum.knowledge.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Function;
import java.util.regex.Pattern;

import uk.opcc.quorum.knowledge.index.Hit;
import uk.opcc.quorum.knowledge.index.Units;

/**
 * One unit of the best passages that an answer could quote, measured against the
 * question.
 *
 * @param passage rank of its passage among those considered, from 0
 * @param order its place in the passage
 * @param similarity cosine similarity of its vector to the question's
 * @param overlap share of the question's rarity-weighted words it uses
 * @param holdsKind whether it holds the kind of fact asked for (false when none is)
 * @param heading whether it is a heading rather than content
 * @param similarityGap how far its similarity falls short of the best unit's
 * @param overlapGap how far its overlap falls short of the best unit's
 */
record Quotable(int passage, int order, String text, double similarity, double overlap, boolean holdsKind,
		boolean heading, double similarityGap, double overlapGap) {

	private static final Pattern NUMBERED_HEADING = Pattern
		.compile("^(?:\\d+(?:\\.\\d+)*\\.?|[A-Z]\\.)\\s+\\p{Lu}[^.!?]{0,80}$");

	/** Passages whose units are weighed: all those an answer may cite. */
	static final int PASSAGES_CONSIDERED = 5;

	UnitSignals signals() {
		return new UnitSignals(similarity, overlap, holdsKind ? 1 : 0, passage, Math.min(4, text.length() / 100.0),
				heading ? 1 : 0, similarityGap, overlapGap, holdsKind ? overlap : 0);
	}

	/**
	 * @param weights the rarity weight of each of the question's words
	 */
	static List<Quotable> of(String question, float[] questionVector, List<Hit> hits,
			Function<Set<String>, Map<String, Double>> weights) {
		// the year or office asked for is judged on its own (Specifics); a line shares
		// the
		// question's subject or not
		Set<String> wanted = Terms.of(Specifics.topicOf(question));
		Map<String, Double> weight = weights.apply(wanted);
		double total = weight.values().stream().mapToDouble(Double::doubleValue).sum();
		Optional<Predicate<String>> sought = FactKind.sought(question);
		List<Quotable> all = new ArrayList<>();
		for (int p = 0; p < Math.min(PASSAGES_CONSIDERED, hits.size()); p++) {
			Hit hit = hits.get(p);
			List<String> units = Units.of(hit.text());
			boolean vectors = questionVector != null && hit.unitVectors().length == units.size();
			for (int order = 0; order < units.size(); order++) {
				String text = units.get(order);
				Set<String> terms = Terms.of(text);
				double overlap = total == 0 ? 0
						: wanted.stream().filter(term -> Terms.contains(terms, term)).mapToDouble(weight::get).sum()
								/ total;
				double similarity = vectors ? cosine(questionVector, hit.unitVectors()[order])
						: Double.isNaN(hit.similarity()) ? 0 : hit.similarity();
				boolean heading = text.equalsIgnoreCase(hit.section()) || text.equalsIgnoreCase(hit.title())
						|| NUMBERED_HEADING.matcher(text).matches();
				all.add(new Quotable(p, order, text, similarity, overlap,
						sought.map(holds -> holds.test(text)).orElse(false), heading, 0, 0));
			}
		}
		// Measured against the best of this question's units, a score means the same
		// whether the question is worded close to the documents or far from them.
		double bestSimilarity = all.stream().mapToDouble(Quotable::similarity).max().orElse(0);
		double bestOverlap = all.stream().mapToDouble(Quotable::overlap).max().orElse(0);
		return all.stream()
			.map(unit -> new Quotable(unit.passage, unit.order, unit.text, unit.similarity, unit.overlap,
					unit.holdsKind, unit.heading, bestSimilarity - unit.similarity, bestOverlap - unit.overlap))
			.toList();
	}

	static double cosine(float[] a, float[] b) {
		double dot = 0;
		double normA = 0;
		double normB = 0;
		for (int i = 0; i < a.length; i++) {
			dot += a[i] * b[i];
			normA += a[i] * a[i];
			normB += b[i] * b[i];
		}
		return normA == 0 || normB == 0 ? 0 : dot / Math.sqrt(normA * normB);
	}

}
