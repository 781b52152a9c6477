package uk.opcc.quorum.knowledge.answer;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

import uk.opcc.quorum.knowledge.index.Hit;

/**
 * Measures the {@link Signals} of a question against the passages found; the shipped
 * {@link AskModel} turns them into the decision. An identifier the question uses that no
 * document uses anywhere is a specific the documents do not meet, like another year.
 * Index statistics come in as functions so that the measures read the live index.
 */
record Answerability(Map<String, String> acronyms, ToLongFunction<String> documentFrequency,
		Predicate<String> prefixKnown, long passages) {

	Signals signals(String question, List<Hit> hits, List<Quotable> units) {
		if (hits.isEmpty()) {
			return Signals.NONE;
		}
		double unit = units.stream().mapToDouble(Quotable::similarity).max().orElse(0);
		Optional<Predicate<String>> sought = FactKind.sought(question);
		double kind = sought.isEmpty() ? unit
				: units.stream().filter(Quotable::holdsKind).mapToDouble(Quotable::similarity).max().orElse(0);
		double overlap = units.stream().mapToDouble(Quotable::overlap).max().orElse(0);
		// the asked-for kind of fact beside the question's own words: a name in a line
		// about another post, or a figure for something else, is no answer
		double kindOverlap = sought.isEmpty() ? overlap
				: units.stream().filter(Quotable::holdsKind).mapToDouble(Quotable::overlap).max().orElse(0);
		return new Signals(bestSimilarity(hits), unit, kind, coverage(Specifics.topicOf(question), hits), overlap,
				kindOverlap);
	}

	/**
	 * Identifiers name one thing exactly ("band B", "form 12a"): if no passage anywhere
	 * uses one, the documents do not cover what is asked, however close the rest of the
	 * question sounds.
	 */
	boolean identifiersKnown(String question) {
		return Terms.of(question)
			.stream()
			.filter(term -> term.length() <= 2 || (term.matches(".*\\d.*") && term.matches(".*[a-z].*")))
			.allMatch(this::everyWordKnown);
	}

	private boolean everyWordKnown(String term) {
		return documentFrequency.applyAsLong(term) > 0
				|| acronyms.keySet().stream().anyMatch(acronym -> Terms.of(acronym).contains(term))
				|| (term.length() >= 6 && prefixKnown.test(term.substring(0, 6)));
	}

	static double bestSimilarity(List<Hit> hits) {
		return hits.stream().mapToDouble(Hit::similarity).filter(s -> !Double.isNaN(s)).max().orElse(0);
	}

	/**
	 * The best share, over the passages weighed, of the question's rarity-weighted words
	 * that one passage contains.
	 */
	double coverage(String question, List<Hit> hits) {
		Set<String> wanted = Terms.of(question);
		if (wanted.isEmpty()) {
			return 0;
		}
		Map<String, Double> weights = weights(wanted);
		double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
		return hits.stream().limit(Quotable.PASSAGES_CONSIDERED).mapToDouble(hit -> {
			Set<String> present = Terms.of(hit.title() + " " + hit.section() + " " + hit.text());
			return wanted.stream()
				.filter(term -> Terms.contains(present, term) || expansionPresent(term, present))
				.mapToDouble(weights::get)
				.sum() / total;
		}).max().orElse(0);
	}

	/**
	 * Each term's {@link #weight}, looked up in the index once per question rather than
	 * once per passage or unit that uses it.
	 */
	Map<String, Double> weights(Set<String> terms) {
		Map<String, Double> weights = new java.util.HashMap<>();
		terms.forEach(term -> weights.put(term, weight(term)));
		return weights;
	}

	/**
	 * Inverse document frequency: a word no passage contains weighs most; an acronym
	 * weighs as its expansion.
	 */
	private double weight(String term) {
		long frequency = documentFrequency.applyAsLong(term);
		if (frequency == 0) {
			frequency = acronyms.entrySet()
				.stream()
				.filter(entry -> Terms.of(entry.getKey()).contains(term))
				.flatMap(entry -> Terms.of(entry.getValue()).stream())
				.mapToLong(documentFrequency)
				.min()
				.orElse(0);
		}
		return Math.log(1 + (double) passages / (1 + frequency));
	}

	private boolean expansionPresent(String term, Set<String> present) {
		return acronyms.entrySet()
			.stream()
			.filter(entry -> Terms.of(entry.getKey()).contains(term))
			.anyMatch(entry -> present.containsAll(Terms.of(entry.getValue())));
	}

}
