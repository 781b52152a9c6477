package uk.opcc.quorum.bot.conversation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import uk.opcc.quorum.bot.conversation.Typed.Word;

/**
 * The words without which a message cannot be a given intent: nobody asks to cancel a
 * meeting without "cancel", "call off", "scrap", "not going ahead" or the like. The
 * router considers an intent only when the message has one of its cues (or, for
 * {@link Intent#DECISION_STATUS}, a decision number), so a question that merely mentions
 * a board ("what is the PAF for?") stays a question. A cue is a word or a phrase of
 * words; a word ending in {@code *} matches any word it starts ("cancel*": "cancelled");
 * words and stems of five letters or more allow a quick typist's slip ("agnda"), but not
 * another word that merely starts the same ("late" is not "later"). "next" before a
 * weekday ("next Tuesday") is a day, not a cue. Some words rule an intent out instead
 * ("add" in a message about an agenda: it is not asking to see it). The router reads cues
 * from the message as it compares it: board names, lengths of time and free words masked.
 */
final class Cues {

	private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
			"saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun");

	private final Map<Intent, List<List<String>>> cues;

	private final Map<Intent, List<List<String>>> exclusions;

	/**
	 * @param cues by intent, the words one of which a message needs to be it
	 * @param exclusions by intent, words that rule it out ("add" rules out showing an
	 * agenda: the message is adding to it)
	 */
	Cues(Map<Intent, List<String>> cues, Map<Intent, List<String>> exclusions) {
		this.cues = parse(cues);
		this.exclusions = parse(exclusions);
	}

	private static Map<Intent, List<List<String>>> parse(Map<Intent, List<String>> phrases) {
		Map<Intent, List<List<String>>> parsed = new EnumMap<>(Intent.class);
		phrases.forEach((intent, list) -> {
			List<List<String>> words = new ArrayList<>();
			for (String phrase : list) {
				List<String> split = List.of(phrase.toLowerCase(Locale.ROOT).strip().split("\\s+"));
				if (!split.get(0).isEmpty()) {
					words.add(split);
				}
			}
			parsed.put(intent, words);
		});
		return parsed;
	}

	/** Whether the intent has cues; one without any is always considered. */
	boolean gated(Intent intent) {
		return cues.containsKey(intent);
	}

	/** The intents whose cues the message has and whose exclusions it has not. */
	Set<Intent> present(List<Word> words) {
		Set<Intent> found = any(cues, words);
		found.removeAll(excluded(words));
		return found;
	}

	/** The intents a message rules out by its words. */
	Set<Intent> excluded(List<Word> words) {
		return any(exclusions, words);
	}

	private static Set<Intent> any(Map<Intent, List<List<String>>> lists, List<Word> words) {
		Set<Intent> found = EnumSet.noneOf(Intent.class);
		lists.forEach((intent, phrases) -> {
			for (List<String> phrase : phrases) {
				if (occurs(phrase, words)) {
					found.add(intent);
					return;
				}
			}
		});
		return found;
	}

	private static boolean occurs(List<String> phrase, List<Word> words) {
		for (int i = 0; i + phrase.size() <= words.size(); i++) {
			boolean all = true;
			for (int k = 0; k < phrase.size() && all; k++) {
				all = matches(phrase.get(k), words.get(i + k).text());
			}
			if (all && !(phrase.size() == 1 && phrase.get(0).equals("next") && i + 1 < words.size()
					&& WEEKDAYS.contains(words.get(i + 1).text()))) {
				return true;
			}
		}
		return false;
	}

	private static boolean matches(String cue, String word) {
		if (cue.endsWith("*")) {
			String stem = cue.substring(0, cue.length() - 1);
			if (word.startsWith(stem)) {
				return true;
			}
			// a slip in the stem: "agnda" for "agenda*", "shedule" for "schedul*"
			for (int k = stem.length() - 1; k <= stem.length() + 1; k++) {
				if (k >= 5 && word.length() >= k && Typed.near(word.substring(0, k), stem)) {
					return true;
				}
			}
			return false;
		}
		if (word.equals(cue) || (word.endsWith("'s") && word.substring(0, word.length() - 2).equals(cue))) {
			return true;
		}
		// a slip, but not another word that merely shares the start ("late" is not
		// "later")
		return !cue.startsWith(word) && !word.startsWith(cue) && Typed.near(word, cue);
	}

}
