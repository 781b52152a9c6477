package uk.opcc.quorum.knowledge;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * A question as the search should read it. People type full-width letters (from some
 * keyboards and phones) and add emoji; compatibility forms become plain letters (NFKC)
 * and symbols, emoji and their joiners are dropped, so "ｐｒｅｃｅｐｔ? 🤔" finds what
 * "precept?" finds. The question as typed is still what Quorum shows.
 */
final class Questions {

	private Questions() {
	}

	static String searchable(String question) {
		String normal = Normalizer.normalize(question, Normalizer.Form.NFKC);
		StringBuilder kept = new StringBuilder(normal.length());
		normal.codePoints().forEach(c -> kept.appendCodePoint(symbol(c) ? ' ' : c));
		return money(kept.toString().replaceAll("\\s+", " ").strip());
	}

	/**
	 * How people say sums of money in chat ("25 quid", "a tenner") in the form documents
	 * write them ("£25", "£10"), so that a question finds the figure and the figure
	 * counts as the amount asked about.
	 */
	static String money(String question) {
		String result = QUID.matcher(question).replaceAll("£$1");
		result = TENNER.matcher(result).replaceAll("£10");
		return FIVER.matcher(result).replaceAll("£5");
	}

	private static final Pattern QUID = Pattern.compile("\\b(\\d[\\d,.]*)\\s*(?:quid|pounds?|gbp)\\b",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern TENNER = Pattern.compile("\\b(?:a\\s+)?tenner\\b", Pattern.CASE_INSENSITIVE);

	private static final Pattern FIVER = Pattern.compile("\\b(?:a\\s+)?fiver\\b", Pattern.CASE_INSENSITIVE);

	/**
	 * Pictographs, other symbols, modifiers, joiners, variation selectors and private-use
	 * or unpaired code units.
	 */
	private static boolean symbol(int codePoint) {
		int type = Character.getType(codePoint);
		return type == Character.OTHER_SYMBOL || type == Character.MODIFIER_SYMBOL || type == Character.SURROGATE
				|| type == Character.PRIVATE_USE || type == Character.UNASSIGNED || codePoint == 0x200D
				|| (codePoint >= 0xFE00 && codePoint <= 0xFE0F)
				|| (type == Character.CONTROL && !Character.isWhitespace(codePoint));
	}

}
