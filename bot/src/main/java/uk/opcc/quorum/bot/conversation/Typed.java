package uk.opcc.quorum.bot.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message as typed in Teams, tidied for reading: curly quotes made straight, spaces
 * collapsed, Teams shorthand written out ("pls", "mtg", "tmrw", "u"), and split into
 * words with their places.
 */
final class Typed {

	/** Shorthand people type in chat, written out; matched as whole words, any case. */
	private static final Map<String, String> SHORTHAND = Map.ofEntries(Map.entry("pls", "please"),
			Map.entry("plz", "please"), Map.entry("plse", "please"), Map.entry("u", "you"), Map.entry("ur", "your"),
			Map.entry("r", "are"), Map.entry("mtg", "meeting"), Map.entry("mtgs", "meetings"),
			Map.entry("tmrw", "tomorrow"), Map.entry("tmrow", "tomorrow"), Map.entry("tomoz", "tomorrow"),
			Map.entry("tmw", "tomorrow"), Map.entry("wk", "week"), Map.entry("thx", "thanks"), Map.entry("im", "i'm"),
			Map.entry("ive", "i've"), Map.entry("whats", "what's"), Map.entry("whens", "when's"),
			Map.entry("wheres", "where's"), Map.entry("cant", "can't"), Map.entry("dont", "don't"),
			Map.entry("doc", "document"), Map.entry("docs", "documents"), Map.entry("info", "information"),
			Map.entry("asap", "as soon as possible"), Map.entry("b4", "before"), Map.entry("2moro", "tomorrow"),
			Map.entry("2day", "today"));

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:'[\\p{L}]+)?");

	/** The message as given. */
	final String original;

	/** Tidied and written out, case kept. */
	final String text;

	/** {@link #text} in lower case. */
	final String lower;

	/** The words of {@link #text}, in order. */
	final List<Word> words;

	Typed(String message) {
		this.original = message == null ? "" : message;
		String tidy = original.replace('\u2019', '\'')
			.replace('\u2018', '\'')
			.replace('\u201C', '"')
			.replace('\u201D', '"')
			.replaceAll("\\s+", " ")
			.strip();
		StringBuilder out = new StringBuilder();
		Matcher m = WORD.matcher(tidy);
		int last = 0;
		while (m.find()) {
			out.append(tidy, last, m.start());
			String word = m.group();
			String expanded = SHORTHAND.get(word.toLowerCase(Locale.ROOT));
			out.append(expanded == null ? word : expanded);
			last = m.end();
		}
		out.append(tidy.substring(last));
		this.text = out.toString();
		this.lower = text.toLowerCase(Locale.ROOT);
		this.words = split(lower);
	}

	static List<Word> split(String lower) {
		List<Word> words = new ArrayList<>();
		Matcher m = WORD.matcher(lower);
		while (m.find()) {
			words.add(new Word(m.group(), m.start(), m.end()));
		}
		return words;
	}

	/**
	 * A word and its place in the lower-case text.
	 *
	 * @param text the word, lower case, with any "'s" kept
	 * @param start first character
	 * @param end after the last character
	 */
	record Word(String text, int start, int end) {

		/** The word without a possessive "'s" or a final "'". */
		String bare() {
			return text.endsWith("'s") ? text.substring(0, text.length() - 2) : text;
		}

	}

	/**
	 * Damerau-Levenshtein distance (optimal string alignment) between two words, capped:
	 * anything above {@code max} is {@code max + 1}.
	 */
	static int distance(String a, String b, int max) {
		if (Math.abs(a.length() - b.length()) > max) {
			return max + 1;
		}
		int[][] d = new int[a.length() + 1][b.length() + 1];
		for (int i = 0; i <= a.length(); i++) {
			d[i][0] = i;
		}
		for (int j = 0; j <= b.length(); j++) {
			d[0][j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			for (int j = 1; j <= b.length(); j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
				}
			}
		}
		return Math.min(d[a.length()][b.length()], max + 1);
	}

	/**
	 * Whether a typed word is a dictionary word with at most the slips a quick typist
	 * makes: none under five letters, one up to eight, two beyond.
	 */
	static boolean near(String typed, String word) {
		if (typed.equals(word)) {
			return true;
		}
		int allowed = word.length() < 5 ? 0 : word.length() <= 8 ? 1 : 2;
		return allowed > 0 && typed.charAt(0) == word.charAt(0) && distance(typed, word, allowed) <= allowed;
	}

}
