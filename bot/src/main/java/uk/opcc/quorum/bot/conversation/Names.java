package uk.opcc.quorum.bot.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import uk.opcc.quorum.bot.conversation.Typed.Word;

/**
 * Finds names of things (boards, people) among a message's words: each name is a phrase
 * of one or more words, matched whole, ignoring case, a possessive "'s" and a quick
 * typist's slips in long words ("stratgic"). The first name written wins; of two starting
 * at the same word, the longer.
 *
 * @param <T> what a name stands for
 */
final class Names<T> {

	private final List<Name<T>> names = new ArrayList<>();

	/**
	 * Adds {@code phrase} as a name of {@code target}. A short code ("SGB") is matched
	 * exactly or with two letters swapped ("sbg"), or with a plural "s" ("PAFs").
	 */
	Names<T> add(String phrase, T target, boolean code) {
		List<String> words = Typed.split(phrase.toLowerCase(Locale.ROOT)).stream().map(Word::text).toList();
		if (!words.isEmpty() && names.stream().noneMatch(n -> n.words.equals(words) && n.target.equals(target))) {
			names.add(new Name<>(words, target, code));
		}
		return this;
	}

	/**
	 * The first name written in {@code words}; of names starting there, the longest. A
	 * name that stands for two things (two Janes) is not an answer: it is skipped here
	 * and reported by {@link #alike}.
	 */
	Optional<Match<T>> find(List<Word> words) {
		for (int i = 0; i < words.size(); i++) {
			List<Match<T>> here = at(words, i);
			if (here.size() == 1) {
				return Optional.of(here.get(0));
			}
		}
		return Optional.empty();
	}

	/**
	 * The things the first name written stands for, when it stands for more than one
	 * ("Jane" for Jane Smith and Jane Brown); empty when every name written is
	 * unambiguous.
	 */
	List<Match<T>> alike(List<Word> words) {
		for (int i = 0; i < words.size(); i++) {
			List<Match<T>> here = at(words, i);
			if (here.size() > 1) {
				return here;
			}
			if (here.size() == 1) {
				i += here.get(0).length() - 1;
			}
		}
		return List.of();
	}

	/** Every thing the longest name starting at word {@code i} stands for. */
	private List<Match<T>> at(List<Word> words, int i) {
		int longest = 0;
		List<T> targets = new ArrayList<>();
		for (Name<T> name : names) {
			int n = name.words.size();
			if (i + n <= words.size() && n >= longest && matches(name, words, i)) {
				if (n > longest) {
					longest = n;
					targets.clear();
				}
				if (!targets.contains(name.target)) {
					targets.add(name.target);
				}
			}
		}
		int n = longest;
		return targets.stream()
			.map(target -> new Match<>(target, i, n, words.get(i).start(), words.get(i + n - 1).end()))
			.toList();
	}

	/** Every name written in {@code words}, longest first where two overlap. */
	List<Match<T>> findAll(List<Word> words) {
		List<Match<T>> all = new ArrayList<>();
		int from = 0;
		while (from < words.size()) {
			Optional<Match<T>> next = find(words.subList(from, words.size()));
			if (next.isEmpty()) {
				break;
			}
			Match<T> m = next.get();
			all.add(new Match<>(m.target(), from + m.from(), m.length(), m.start(), m.end()));
			from += m.from() + m.length();
		}
		return all;
	}

	private static <T> boolean matches(Name<T> name, List<Word> words, int at) {
		for (int k = 0; k < name.words.size(); k++) {
			String typed = words.get(at + k).bare();
			String wanted = name.words.get(k);
			if (name.code) {
				if (!typed.equals(wanted) && !typed.equals(wanted + "s") && !swapped(typed, wanted)) {
					return false;
				}
			}
			else if (!Typed.near(typed, wanted)) {
				return false;
			}
		}
		return true;
	}

	/** Two neighbouring letters swapped, in a word of three letters or more. */
	private static boolean swapped(String typed, String wanted) {
		return wanted.length() >= 3 && typed.length() == wanted.length() && !typed.equals(wanted)
				&& Typed.distance(typed, wanted, 1) == 1 && sorted(typed).equals(sorted(wanted));
	}

	private static String sorted(String word) {
		char[] letters = word.toCharArray();
		java.util.Arrays.sort(letters);
		return new String(letters);
	}

	private record Name<T>(List<String> words, T target, boolean code) {

	}

	/**
	 * A name found.
	 *
	 * @param target what it stands for
	 * @param from index of its first word
	 * @param length how many words
	 * @param start first character in the lower-case text
	 * @param end after its last character
	 */
	record Match<T>(T target, int from, int length, int start, int end) {

	}

}
