package uk.opcc.quorum.knowledge.answer;

import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
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

	/**
	 * A time a "when" question can be answered with: a year, a date, a month, a season
	 * ("in the spring"), a weekday or a number of days.
	 */
	private static final Pattern DATE = Pattern.compile(
			"\\b(1[89]|20)\\d{2}\\b|\\b(january|february|march|april|"
					+ "june|july|august|september|october|november|december|spring|summer|autumn|winter|monday|tuesday|"
					+ "wednesday|thursday|friday)\\b|\\b\\d{1,2}(st|nd|rd|th)?\\s+may\\b|\\b(working )?days\\b",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern NUMBER = Pattern.compile("\\d");

	/** A time of day: 10am, 9.15am, 14:30, noon. */
	private static final Pattern TIME = Pattern.compile(
			"\\b\\d{1,2}([:.]\\d{2}\\s?(am|pm)?|\\s?(am|pm))\\b|\\bnoon\\b|\\bmidday\\b", Pattern.CASE_INSENSITIVE);

	/**
	 * "how many police officers does ..." names what is counted: the last word before the
	 * verb or preposition that ends the phrase.
	 */
	private static final Pattern COUNTED = Pattern.compile(
			"\\bhow many\\s+((?:[\\p{L}-]+\\s+){0,3}?[\\p{L}-]+?)(?=\\s+(?:do|does|did|are|were|is|was|have|has|had|"
					+ "will|would|can|could|in|of|on|at|for|by|from|to|with|since|under|over|per|a|each|this|that|there|"
					+ "we|our|they|the)\\b|\\s*[?.!]|\\s*$)");

	private static final String COUNT = "(?:\\d[\\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
			+ "fifteen|twenty|thirty|forty|fifty|hundred|dozen)";

	private FactKind() {
	}

	/**
	 * A line holds a count of the thing asked about when a number stands within four
	 * words of it: "holding 45 meetings" and "Board meetings: 9" count meetings; "45
	 * meetings" does not count officers.
	 */
	private static Predicate<String> countOf(String phrase) {
		String[] words = phrase.strip().split("\\s+");
		String noun = Terms.of(words[words.length - 1]).stream().findFirst().orElse(words[words.length - 1]);
		Pattern count = Pattern.compile(
				"((?:[\\p{L}'()-]+[\\s:;,]+){0,4})\\b" + COUNT + "\\b((?:[\\s:;,]+[\\p{L}'()-]+){0,4})",
				Pattern.CASE_INSENSITIVE);
		return line -> {
			Matcher number = count.matcher(line);
			while (number.find()) {
				if (Terms.of(number.group(1) + " " + number.group(2)).contains(noun)) {
					return true;
				}
			}
			return false;
		};
	}

	private static final Pattern LIST = Pattern.compile(
			"^\\s*(which|list|name)\\b|^\\s*what\\s+(are|were)\\b|\\b(include|includes|cover|covers)\\b",
			Pattern.CASE_INSENSITIVE);

	/** "which services do we commission?", "what are the JAC's duties?" */
	static boolean asksForList(String question) {
		return LIST.matcher(question).find();
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
		Matcher counted = COUNTED.matcher(q);
		if (counted.find()) {
			return Optional.of(countOf(counted.group(1)));
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
