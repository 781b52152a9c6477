package uk.opcc.quorum.bot.conversation;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The free words some intents need: which action is done ("mark the action on the estates
 * review as done"), and what a decision notice is to be about ("draft a decision notice
 * for the victims' services contract extension"). Read from the tidied message, returned
 * as typed, without a leading "the" or trailing courtesies.
 */
final class Phrases {

	private static final Pattern ACTION_ID = Pattern
		.compile("\\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\b", Pattern.CASE_INSENSITIVE);

	private static final String DONE = "(?:done|complete|completed|closed|finished|sorted|dealt with|ticked off)";

	/** Where a description stops: "as done", "is done", a comma, "please", the end. */
	private static final String STOP = "(?=\\s+(?:as|is|has been|now|for me|please|thanks|can you|could you)\\b|\\s*[,.!?;:]|$)";

	private static final List<Pattern> ACTION = List.of(
			// the estates review action is done / i've finished the estates review action
			// / set the
			// estates review action to done
			Pattern.compile(
					"\\b(?:the|my|our|that)\\s+(?<what>[\\w' /&-]+?)\\s+action\\b(?!\\s+(?:on|about|for|re|regarding|from|of|called)\\b"
							+ "|\\s+to\\s+(?!" + DONE + "\\b))"),
			// the action on (about, for, to) the estates review
			Pattern
				.compile("\\baction\\s+(?:(?:on|about|for|re|regarding|from|of|called)\\s+|to\\s+(?=\\w))(?<what>.+?)"
						+ STOP),
			// i've done the custody report, close it
			Pattern.compile(
					"\\b(?:i've|i have|ive|we've|we have)\\s+(?:now\\s+)?(?:done|finished|completed|sorted)\\s+(?<what>.+?)"
							+ STOP),
			// mark the risk register update as done / mark update risk register complete
			Pattern.compile("\\b(?:mark|set)\\s+(?<what>.+?)\\s+(?:as\\s+|to\\s+)?" + DONE + "\\b"),
			// tick off the risk register update / close the action update risk register
			// (only at the start, or after "please" or "can you": "decide to close a
			// front counter" is not an action)
			Pattern.compile(
					"(?:^|\\b(?:pls|please|plz|can you|could you|can u|could u)\\s+)(?:tick\\s+off|close(?:\\s+off)?"
							+ "|sign\\s+off)\\s+(?:the\\s+|my\\s+)?(?:action\\s*[:-]?\\s+)?(?<what>.+?)" + STOP),
			// (close) the action circulate the estates paper
			Pattern.compile(
					"^(?:the\\s+|my\\s+)?action\\s*[:-]?\\s+(?!(?:on|about|for|re|regarding|from|of|called|to|as|is)\\b)"
							+ "(?<what>.+?)" + STOP),
			// action complete: update risk register
			Pattern.compile("\\baction\\s+" + DONE + "\\s*[:-]\\s*(?<what>.+?)" + STOP),
			// send the precept figures to the panel is done
			Pattern.compile("^(?<what>.+?)\\s+(?:is|has been|was)\\s+(?:now\\s+)?" + DONE + "\\b"));

	private static final Pattern TOPIC = Pattern
		.compile("\\b(?:a|an|new|the|this)\\s+(?:new\\s+)?(?:decision(?:\\s+(?:notice|record|report|paper|sheet))?|dn)"
				+ "(?:\\s+(?:drafting|drafted|drafting up|writing|written|writing up|doing|done|started|going))?"
				+ "\\s*(?::|-|\\bfor\\b|\\bon\\b|\\babout\\b|\\bregarding\\b|\\bre\\b|\\bto\\b(?=\\s+\\w))\\s*(?<what>[^,;!?]+)");

	/**
	 * What a command word's text says before the subject ("draft decision: ...", "draft a
	 * decision notice for ...").
	 */
	private static final Pattern NOTICE_WORDS = Pattern.compile(
			"^(?:(?:a|an|the|new)\\s+)*(?:decision(?:\\s+(?:notice|record))?|dn|notice)\\b\\s*(?::|-|for\\b|on\\b|about\\b|re\\b|regarding\\b|to\\b)?\\s*",
			Pattern.CASE_INSENSITIVE);

	private static final List<Pattern> ITEM = List.of(
			// add the estates strategy to the SGB agenda; get the precept on the agenda
			Pattern.compile(
					"\\b(?:add|put|get|include|raise|submit|table)\\s+(?<what>.+?)\\s+(?:on|onto|to|in|into|for)\\s+"
							+ "(?:the\\s+|an?\\s+|our\\s+)?(?:[\\w']+\\s+){0,3}?agenda"),
			// can the budget update go on the agenda
			Pattern.compile("\\b(?:can|could|should|will|may)\\s+(?<what>.+?)\\s+go\\s+(?:on|onto|to)\\b"),
			// an item on (about) recruitment
			Pattern.compile("\\bitem\\s+(?:on|about|re|regarding|for|covering)\\s+(?<what>.+?)" + STOP));

	private static final Pattern LEAD = Pattern.compile("^(?:the|a|an|our|my)\\s+", Pattern.CASE_INSENSITIVE);

	private static final Pattern TAIL = Pattern.compile(
			"(?:[\\s,]+(?:please|pls|plz|thanks|thank you|ta|cheers|asap|as soon as possible))+[.!]*$|[\\s.!?,;:]+$",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern WORDS_WITHOUT_ANYTHING = Pattern
		.compile("^(?:it|this|that|one|mine|my|the|an?|one of (?:my|the|our) actions?|my actions?|an action)$");

	private Phrases() {
	}

	/** An action's id or the words describing it. */
	static Optional<String> action(Typed typed) {
		return actionSpan(typed).map(Span::words);
	}

	/** What a decision notice is to be about. */
	/**
	 * The subject written after a command word ("draft decision: CCTV grant"), without
	 * the words for a notice; empty when only those are written ("draft a decision
	 * notice").
	 */
	static Optional<String> subjectAfterCommandWord(String text) {
		return clean(NOTICE_WORDS.matcher(text.strip()).replaceFirst(""));
	}

	static Optional<String> topic(Typed typed) {
		return topicSpan(typed).map(Span::words);
	}

	static Optional<Span> actionSpan(Typed typed) {
		Matcher id = ACTION_ID.matcher(typed.text);
		if (id.find()) {
			return Optional.of(new Span(id.group().toLowerCase(java.util.Locale.ROOT), id.start(), id.end()));
		}
		for (Pattern pattern : ACTION) {
			Optional<Span> found = find(pattern, typed);
			if (found.isPresent()) {
				return found;
			}
		}
		return Optional.empty();
	}

	static Optional<Span> topicSpan(Typed typed) {
		return find(TOPIC, typed);
	}

	/**
	 * The title of an agenda item being added ("add <the estates strategy> to the SGB
	 * agenda"): not a slot (the form asks for it), but words to set aside before
	 * comparing a message with the examples.
	 */
	static Optional<Span> itemSpan(Typed typed) {
		for (Pattern pattern : ITEM) {
			Optional<Span> found = find(pattern, typed);
			if (found.isPresent()) {
				return found;
			}
		}
		return Optional.empty();
	}

	/**
	 * The free words of a message (an action, a notice's subject, an agenda item), which
	 * say what it is about rather than what it asks for.
	 */
	static List<Span> freeWords(Typed typed) {
		List<Span> spans = new java.util.ArrayList<>();
		actionSpan(typed).ifPresent(spans::add);
		topicSpan(typed).ifPresent(spans::add);
		itemSpan(typed).ifPresent(spans::add);
		return spans;
	}

	private static Optional<Span> find(Pattern pattern, Typed typed) {
		Matcher m = pattern.matcher(typed.lower);
		while (m.find()) {
			String raw = typed.text.substring(m.start("what"), m.end("what"));
			Optional<String> what = clean(raw);
			if (what.isPresent()) {
				int start = m.start("what") + raw.indexOf(what.get());
				return Optional.of(new Span(what.get(), start, start + what.get().length()));
			}
		}
		return Optional.empty();
	}

	/**
	 * Words found, and where: {@code start} and {@code end} in the tidied message.
	 *
	 * @param words as typed, without a leading article or trailing courtesies
	 * @param start first character
	 * @param end after the last character
	 */
	record Span(String words, int start, int end) {

	}

	/**
	 * The words of a phrase without a leading article or trailing courtesies; empty if
	 * none are left.
	 */
	static Optional<String> clean(String phrase) {
		String out = phrase.strip();
		String before;
		do {
			before = out;
			out = LEAD.matcher(out).replaceFirst("");
			out = TAIL.matcher(out).replaceFirst("").strip();
		}
		while (!out.equals(before));
		if (out.isEmpty() || WORDS_WITHOUT_ANYTHING.matcher(out.toLowerCase(java.util.Locale.ROOT)).matches()
				|| out.equalsIgnoreCase("action") || out.matches("(?i)" + DONE)) {
			return Optional.empty();
		}
		return Optional.of(out);
	}

}
