package uk.opcc.quorum.knowledge.answer;

import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The kind of fact a question asks for, as a pattern a line holding it matches: an
 * amount, a date, a count, a name.
 */
final class FactKind {

	/** A sum of money or a share: £2m, 2.5%, 29p, GBP 400. */
	static final Pattern AMOUNT = Pattern.compile(
			"[£$€]\\s?\\d|\\d[\\d,.]*\\s?(?:m|bn|k|million|billion|thousand|%|p|pence|per cent|pounds)\\b|\\bgbp\\s?\\d",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern DATE = Pattern.compile("\\b(1[89]|20)\\d{2}\\b|\\b\\d{1,2}(st|nd|rd|th)?\\s+(january|"
			+ "february|march|april|may|june|july|august|september|october|november|december)\\b|\\bworking days\\b",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern NUMBER = Pattern.compile("\\d");

	private FactKind() {
	}

	static Optional<Predicate<String>> sought(String question) {
		String q = question.toLowerCase(java.util.Locale.ROOT);
		if (q.matches(".*\\bhow much\\b.*|.*\\bcost\\b.*|.*\\bwhat (percentage|share|proportion)\\b.*")) {
			return Optional.of(line -> AMOUNT.matcher(line).find());
		}
		if (q.matches(".*\\b(when|what date|what year|by what date|deadline)\\b.*")) {
			return Optional.of(line -> DATE.matcher(line).find());
		}
		if (q.matches(".*\\bhow (many|often|long)\\b.*")) {
			return Optional.of(line -> NUMBER.matcher(line).find());
		}
		if (q.matches(".*\\bwho\\b.*")) {
			return Optional.of(PostHolders::namesSomeone);
		}
		return Optional.empty();
	}

}
