package uk.opcc.quorum.knowledge.answer;

import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The kind of fact a question asks for, as a pattern a line holding it matches: an
 * amount, a time of day, a date, a count, a name.
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

	/** A time of day: 10am, 9.15am, 14:30, noon. */
	private static final Pattern TIME = Pattern.compile(
			"\\b\\d{1,2}([:.]\\d{2}\\s?(am|pm)?|\\s?(am|pm))\\b|\\bnoon\\b|\\bmidday\\b", Pattern.CASE_INSENSITIVE);

	private FactKind() {
	}

	static Optional<Predicate<String>> sought(String question) {
		String q = question.toLowerCase(java.util.Locale.ROOT);
		if (q.matches(".*\\bhow much\\b.*|.*\\bcost\\b.*|.*\\bwhat (percentage|share|proportion)\\b.*")) {
			return Optional.of(line -> AMOUNT.matcher(line).find());
		}
		if (q.matches(".*\\b(what time|start time|finish time|opening hours|what hours?)\\b.*")) {
			return Optional.of(line -> TIME.matcher(line).find());
		}
		if (q.matches(".*\\b(when|what date|what year|by what date|deadline)\\b.*")) {
			return Optional.of(line -> DATE.matcher(line).find());
		}
		if (q.matches(".*\\bhow (many|often|long)\\b.*")) {
			return Optional.of(line -> NUMBER.matcher(line).find());
		}
		// "who is our chief executive?" wants a name; "who can refer issues?" a post or
		// body, which any line may hold
		if (PostHolders.asksForHolder(question)) {
			return Optional.of(PostHolders::namesSomeone);
		}
		return Optional.empty();
	}

}
