package uk.opcc.quorum.knowledge.answer;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;
import java.util.regex.Pattern;

import uk.opcc.quorum.knowledge.index.Hit;

/**
 * Decides whether the passages found really answer the question. Three tests, all
 * calibrated on the evaluation set (docs/eval): the best passage must be close in meaning
 * (cosine similarity); one passage must contain most of the question's words, weighted by
 * rarity, so that "what is the PCC's salary?" is not answered by a passage about the PCC
 * that never mentions pay; and a question asking for a quantity or a time needs a passage
 * with a figure in it.
 */
record Answerability(double minSimilarity, double minCoverage, Map<String, String> acronyms,
		ToLongFunction<String> documentFrequency, java.util.function.Predicate<String> prefixKnown, long passages) {

	static final int PASSAGES_CONSIDERED = 3;

	private static final Pattern ASKS_FOR_FIGURE = Pattern.compile(
			"\\b(how (many|much|long)|what (time|percentage|proportion|share|date|year)|when)\\b",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern FIGURE = Pattern.compile("\\d");

	private static final Pattern ASKS_FOR_TIME = Pattern.compile("\\bwhat time\\b", Pattern.CASE_INSENSITIVE);

	private static final Pattern TIME = Pattern.compile("\\b\\d{1,2}([:.]\\d{2}|\\s?(am|pm|noon))\\b|\\bnoon\\b",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern ASKS_FOR_DATE = Pattern.compile("\\b(when|what (date|year))\\b",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern DATE = Pattern.compile(
			"\\b(1[89]|20)\\d{2}\\b|\\b(january|february|march|april|may|june|"
					+ "july|august|september|october|november|december)\\b|\\bworking days\\b",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern HOW_MANY = Pattern.compile(
			"\\bhow many ([a-z' ]+?)\\b(?:does|do|did|are|were|is|was|has|have|had|there|in|at|on|for|will|can|could|would|should|work|works|worked|serve|served|sit|sits|attend|attended|live)\\b",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern ASKS_FOR_AMOUNT = Pattern.compile("\\bhow much\\b|\\bcost\\b|£",
			Pattern.CASE_INSENSITIVE);

	/** Words people use for one another when counting staff. */
	private static final List<Set<String>> COUNT_SYNONYMS = List.of(Set.of("peopl", "staff", "employe", "person"));

	boolean answers(String question, List<Hit> hits) {
		if (hits.isEmpty() || bestSimilarity(hits) < minSimilarity || coverage(question, hits) < minCoverage) {
			return false;
		}
		List<Hit> top = hits.stream().limit(PASSAGES_CONSIDERED).toList();
		if (!identifiersKnown(question)) {
			return false;
		}
		Pattern needed = ASKS_FOR_TIME.matcher(question).find() ? TIME : ASKS_FOR_DATE.matcher(question).find() ? DATE
				: ASKS_FOR_FIGURE.matcher(question).find() ? FIGURE : null;
		if (needed != null && top.stream().noneMatch(hit -> needed.matcher(hit.text()).find())) {
			return false;
		}
		if (ASKS_FOR_AMOUNT.matcher(question).find() && !amountBesideRarestTerm(question, top)) {
			return false;
		}
		if (PostHolders.asksForHolder(question)
				&& top.stream().noneMatch(hit -> PostHolders.namesSomeone(hit.text()))) {
			return false;
		}
		return countedThingPresent(question, top);
	}

	/**
	 * Identifiers name one thing exactly ("band B", "form 12a"): if no passage anywhere
	 * uses one, the documents do not cover what is asked, however close the rest of the
	 * question sounds.
	 */
	private boolean identifiersKnown(String question) {
		return Terms.of(question)
			.stream()
			.filter(term -> term.length() <= 2 || (term.matches(".*\\d.*") && term.matches(".*[a-z].*")))
			.allMatch(this::everyWordKnown);
	}

	private boolean everyWordKnown(String term) {
		return documentFrequency.applyAsLong(term) > 0
				|| acronyms.keySet().stream().anyMatch(acronym -> Terms.of(acronym).contains(term))
				|| knownByPrefix(term);
	}

	private boolean knownByPrefix(String term) {
		return term.length() >= 6 && prefixKnown.test(term.substring(0, 6));
	}

	/**
	 * "How many officers..." is answered only by a passage that puts a number right
	 * before officers.
	 */
	private static boolean countedThingPresent(String question, List<Hit> top) {
		java.util.regex.Matcher howMany = HOW_MANY.matcher(question);
		if (!howMany.find()) {
			return true;
		}
		List<String> thing = List.copyOf(Terms.of(howMany.group(1)));
		if (thing.isEmpty()) {
			return true;
		}
		String head = thing.get(thing.size() - 1);
		List<String> qualifiers = thing.subList(0, thing.size() - 1);
		Set<String> accepted = COUNT_SYNONYMS.stream()
			.filter(group -> group.contains(head))
			.findFirst()
			.orElse(Set.of(head));
		Pattern counted = Pattern.compile("\\d[\\d,.]*(?:\\s+\\S+){0,3}?\\s+(\\S+)");
		return top.stream().anyMatch(hit -> {
			java.util.regex.Matcher number = counted.matcher(hit.text());
			while (number.find()) {
				String window = hit.text().substring(number.start(), Math.min(hit.text().length(), number.end() + 40));
				Set<String> words = Terms.of(window.replaceAll("\\d", " "));
				Set<String> passage = Terms.of(hit.title() + " " + hit.section() + " " + hit.text());
				if (words.stream().limit(4).anyMatch(accepted::contains)
						&& qualifiers.stream().allMatch(q -> Terms.contains(passage, q))) {
					return true;
				}
			}
			return false;
		});
	}

	/**
	 * "How much is in the efficiency reserve?" is answered by a sentence that gives an
	 * amount and names the question's rarest word, not by a passage about reserves in
	 * general with other figures in it.
	 */
	private boolean amountBesideRarestTerm(String question, List<Hit> top) {
		Set<String> passages = Terms.of(String.join(" ", top.stream().map(Hit::text).toList()));
		// The rarest of the question's words that the passages use at all: a word they
		// never use cannot sit
		// beside an amount, and coverage has already judged how much of the question they
		// share.
		String rarest = Terms.of(question)
			.stream()
			.filter(term -> !term.matches("\\d.*") && Terms.contains(passages, term))
			.min(java.util.Comparator.comparingLong(term -> {
				long frequency = documentFrequency.applyAsLong(term);
				return frequency == 0 ? Long.MAX_VALUE : frequency;
			}))
			.orElse(null);
		if (rarest == null) {
			return true;
		}
		return top.stream()
			.flatMap(hit -> java.util.Arrays.stream(hit.text().split("(?<=[.!?])\\s+|\\n")))
			.anyMatch(
					sentence -> FactKind.AMOUNT.matcher(sentence).find() && Terms.contains(Terms.of(sentence), rarest));
	}

	static double bestSimilarity(List<Hit> hits) {
		return hits.stream().mapToDouble(Hit::similarity).filter(s -> !Double.isNaN(s)).max().orElse(0);
	}

	/**
	 * The best share, over the top passages, of the question's rarity-weighted words that
	 * one passage contains.
	 */
	double coverage(String question, List<Hit> hits) {
		Set<String> wanted = Terms.of(question);
		if (wanted.isEmpty()) {
			return 0;
		}
		double total = wanted.stream().mapToDouble(this::weight).sum();
		return hits.stream().limit(PASSAGES_CONSIDERED).mapToDouble(hit -> {
			Set<String> present = Terms.of(hit.title() + " " + hit.section() + " " + hit.text());
			return wanted.stream()
				.filter(term -> Terms.contains(present, term) || expansionPresent(term, present))
				.mapToDouble(this::weight)
				.sum() / total;
		}).max().orElse(0);
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

	/** For calibration: the signals behind {@link #answers}. */
	String signals(String question, List<Hit> hits) {
		List<Hit> top = hits.stream().limit(PASSAGES_CONSIDERED).toList();
		long unknown = identifiersKnown(question) ? 0 : 1;
		boolean figure = !ASKS_FOR_FIGURE.matcher(question).find()
				|| top.stream().anyMatch(hit -> FIGURE.matcher(hit.text()).find());
		return String.format(java.util.Locale.ROOT, "%.3f %.3f %d %b %b", bestSimilarity(hits),
				coverage(question, hits), unknown, figure, countedThingPresent(question, top));
	}

	private boolean expansionPresent(String term, Set<String> present) {
		return acronyms.entrySet()
			.stream()
			.filter(entry -> Terms.of(entry.getKey()).contains(term))
			.anyMatch(entry -> present.containsAll(Terms.of(entry.getValue())));
	}

}
