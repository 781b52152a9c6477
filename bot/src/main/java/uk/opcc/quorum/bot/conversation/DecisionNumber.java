package uk.opcc.quorum.bot.conversation;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A decision notice's number as people type it: "2027/004", "2027-4", "2027/4",
 * "004/2027", "4-2027", "decision 4 of 2027", "notice no. 12 for 2026". Written back as
 * the register writes it by default: {@code 2027/004}.
 *
 * @param year the year of the number, 2000 to 2099
 * @param sequence its place in the year, from 1
 */
public record DecisionNumber(int year, int sequence) {

	/** Year first: 2027/004, 2027-4 (but not a date such as 2027-03-03). */
	private static final Pattern YEAR_FIRST = Pattern
		.compile("(?<![\\d/.-])(20\\d\\d)\\s?[/-]\\s?(\\d{1,3})(?![\\d]|[/.-]\\d)");

	/** Number first: 004/2027, 18-2020 (but not the end of a date such as 3/4/2027). */
	private static final Pattern YEAR_LAST = Pattern
		.compile("(?<![\\d/.-])(\\d{1,3})\\s?[/-]\\s?(20\\d\\d)(?![\\d]|[/.-]\\d)");

	/** In words: "decision 4 of 2027", "notice number 12 for 2026", "no. 7 from 2025". */
	private static final Pattern IN_WORDS = Pattern.compile(
			"\\b(?:decision|notice|dn|number|no\\.?|#)\\s*(?:notice\\s+)?(?:number\\s+|no\\.?\\s*|#\\s*)?(\\d{1,3})"
					+ "\\s+(?:of|from|for|in)\\s+(?:the\\s+year\\s+)?(20\\d\\d)\\b");

	public DecisionNumber {
		if (year < 2000 || year > 2099 || sequence < 1) {
			throw new IllegalArgumentException("Not a decision number: " + year + "/" + sequence);
		}
	}

	/** The first decision number written in {@code text}, if any. */
	public static Optional<DecisionNumber> find(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String lower = text.toLowerCase(Locale.ROOT);
		Matcher m = IN_WORDS.matcher(lower);
		if (m.find()) {
			return of(m.group(2), m.group(1));
		}
		m = YEAR_FIRST.matcher(lower);
		while (m.find()) {
			if (!financialYear(m.group(1), m.group(2)) || named(lower, m.start())) {
				return of(m.group(1), m.group(2));
			}
		}
		m = YEAR_LAST.matcher(lower);
		if (m.find()) {
			return of(m.group(2), m.group(1));
		}
		return Optional.empty();
	}

	/** "2021/22": a financial year, unless called a decision. */
	private static boolean financialYear(String year, String sequence) {
		return sequence.length() == 2 && Integer.parseInt(sequence) == (Integer.parseInt(year) + 1) % 100;
	}

	/** Whether "decision", "notice" or "DN" comes just before {@code at}. */
	private static boolean named(String lower, int at) {
		String before = lower.substring(Math.max(0, at - 30), at);
		return before.matches("(?s).*\\b(?:decision|notice|dn)\\s*(?:notice\\s*)?(?:number|no\\.?|#)?\\s*$");
	}

	private static Optional<DecisionNumber> of(String year, String sequence) {
		int seq = Integer.parseInt(sequence);
		return seq < 1 ? Optional.empty() : Optional.of(new DecisionNumber(Integer.parseInt(year), seq));
	}

	/**
	 * The number in a register's pattern: YYYY is the year, a run of N the sequence,
	 * zero-padded ({@code YYYY/NNN} gives 2027/004, {@code NNN-YYYY} 004-2027).
	 */
	public String format(String pattern) {
		Matcher run = Pattern.compile("N+").matcher(pattern);
		String out = pattern;
		if (run.find()) {
			String seq = String.format(Locale.ROOT, "%0" + run.group().length() + "d", sequence);
			out = pattern.substring(0, run.start()) + seq + pattern.substring(run.end());
		}
		return out.replace("YYYY", Integer.toString(year));
	}

	/** As the register writes it by default: 2027/004. */
	@Override
	public String toString() {
		return format("YYYY/NNN");
	}

}
