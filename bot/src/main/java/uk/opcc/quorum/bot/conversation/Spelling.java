package uk.opcc.quorum.bot.conversation;

import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts right a quick typist's slips ("agnda", "shedule", "stratgic") before a message is
 * compared with the examples, against the words the examples use: a word of five letters
 * or more that no example uses becomes the one example word it is a slip of (same first
 * letter, one slip up to eight letters, two beyond), when there is exactly one nearest
 * and the word is not a known word with an ending ("commands").
 */
final class Spelling {

	private static final Pattern WORD = Pattern.compile("\\p{L}{5,}");

	private final Set<String> known = new HashSet<>();

	Spelling(Collection<String> sentences) {
		for (String sentence : sentences) {
			Matcher m = Pattern.compile("\\p{L}+").matcher(sentence.toLowerCase(Locale.ROOT));
			while (m.find()) {
				known.add(m.group());
			}
		}
	}

	/** {@code lower} with every slip of a known word put right. */
	String correct(String lower) {
		Matcher m = WORD.matcher(lower);
		StringBuilder out = new StringBuilder();
		int last = 0;
		while (m.find()) {
			out.append(lower, last, m.start());
			out.append(fix(m.group()));
			last = m.end();
		}
		out.append(lower.substring(last));
		return out.toString();
	}

	private String fix(String word) {
		if (known.contains(word)) {
			return word;
		}
		String best = null;
		int bestDistance = Integer.MAX_VALUE;
		boolean tie = false;
		for (String candidate : known) {
			if (candidate.length() < 5 || !Typed.near(word, candidate)) {
				continue;
			}
			if (word.startsWith(candidate) || candidate.startsWith(word)) {
				// "commands" is "command" with an ending, not a slip: leave it be
				return word;
			}
			int d = Typed.distance(word, candidate, 2);
			if (d < bestDistance) {
				best = candidate;
				bestDistance = d;
				tie = false;
			}
			else if (d == bestDistance) {
				tie = true;
			}
		}
		return best == null || tie ? word : best;
	}

}
