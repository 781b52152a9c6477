package uk.opcc.quorum.knowledge.answer;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Who is our Chief Executive?", "who chairs the Kent panel?": a question about the
 * holder of a post in a particular office wants a person, and a passage that only
 * describes the post does not answer it. A question is taken to ask for a holder when it
 * asks who holds or chairs something and pins it to an office ("our", a possessive, a
 * place or "current"); "who is the section 151 officer?" asks what a role is and may be
 * answered by another role.
 */
final class PostHolders {

	private static final Pattern ASKS_WHO = Pattern.compile(
			"\\bwho(?:'s|\\s+is|\\s+was|\\s+are|\\s+chairs|\\s+leads" + "|\\s+heads|\\s+runs)\\b",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern PINNED = Pattern.compile("\\b(our|current|currently|now)\\b|'s\\b|\\bchairs\\b",
			Pattern.CASE_INSENSITIVE);

	/**
	 * An honorific and a name, or two or three capitalised words that are not the words
	 * of posts and bodies.
	 */
	private static final Pattern NAME = Pattern
		.compile("\\b(?:(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Sir|Dame|Professor|Lord|Lady)\\.?\\s+\\p{Lu}[\\p{L}'-]+"
				+ "|\\p{Lu}[\\p{Ll}'-]+(?:\\s+\\p{Lu}\\.?)?\\s+\\p{Lu}[\\p{Ll}'-]+(?:-\\p{Lu}[\\p{Ll}]+)?)");

	private static final Set<String> NOT_NAMES = Set.of("police", "crime", "commissioner", "commissioners", "chief",
			"constable", "officer", "officers", "panel", "office", "board", "committee", "council", "fire", "rescue",
			"finance", "monitoring", "executive", "deputy", "head", "director", "service", "services", "authority",
			"home", "act", "plan", "the", "and", "of", "for", "joint", "audit", "governance", "strategic",
			"accountability", "forum", "estates", "standards", "professional", "independent", "custody", "national",
			"county", "borough", "city", "district", "constabulary", "force", "team", "group", "corporate", "assistant",
			"superintendent", "inspector", "chair", "vice", "member", "members", "treasurer", "secretary", "manager",
			"annual", "report", "policy", "procedure", "code", "conduct", "scheme", "decision", "decisions", "notice",
			"register", "victims", "community", "safety", "partnership", "government", "ministry", "justice",
			"inspectorate", "his", "her", "majesty", "majesty's", "office's", "public", "interest", "information",
			"freedom", "data", "protection", "general", "local", "regional", "england", "wales", "north", "south",
			"east", "west", "midlands", "yorkshire", "january", "february", "march", "april", "may", "june", "july",
			"august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
			"friday", "saturday", "sunday", "page", "slide", "section", "part", "appendix", "table", "version", "date",
			"contact", "email", "telephone", "address", "gifts", "hospitality", "complaints", "complaint", "review",
			"terms", "reference", "performance", "resources", "management", "advisory", "precept", "budget", "reserves",
			"tax");

	private PostHolders() {
	}

	static boolean asksForHolder(String question) {
		return ASKS_WHO.matcher(question).find()
				&& (PINNED.matcher(question).find() || !Specifics.of(question).places().isEmpty());
	}

	static boolean namesSomeone(String text) {
		Matcher name = NAME.matcher(text);
		while (name.find()) {
			String[] words = name.group().toLowerCase(java.util.Locale.ROOT).replace(".", "").split("\\s+");
			boolean honorific = words[0].matches("mr|mrs|ms|miss|dr|cllr|councillor|sir|dame|professor|lord|lady");
			if (honorific || java.util.Arrays.stream(words).noneMatch(NOT_NAMES::contains)) {
				return true;
			}
		}
		return false;
	}

}
