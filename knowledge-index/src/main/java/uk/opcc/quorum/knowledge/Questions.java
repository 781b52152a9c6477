package uk.opcc.quorum.knowledge;

import java.text.Normalizer;

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
		return kept.toString().replaceAll("\\s+", " ").strip();
	}

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
