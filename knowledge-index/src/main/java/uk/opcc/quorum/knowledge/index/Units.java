package uk.opcc.quorum.knowledge.index;

import java.util.ArrayList;
import java.util.List;

/**
 * The units an answer can quote: a passage's lines (a table row, a list item, a short
 * paragraph), with long lines cut into sentences. Ingestion embeds each unit and Ask
 * splits the same way, so the i-th vector stored with a passage is the i-th unit of its
 * text.
 */
public final class Units {

	static final int MAX_UNIT_CHARS = 400;

	private Units() {
	}

	public static List<String> of(String passage) {
		List<String> units = new ArrayList<>();
		for (String line : passage.split("\n")) {
			String clean = line.strip().replaceFirst("^[-•*]\\s*", "");
			if (clean.isEmpty()) {
				continue;
			}
			if (clean.length() <= MAX_UNIT_CHARS) {
				units.add(clean);
			}
			else {
				for (String sentence : clean.split("(?<=[.!?])\\s+")) {
					if (!sentence.isBlank()) {
						units.add(sentence);
					}
				}
			}
		}
		return units;
	}

	/**
	 * What is embedded for a unit: its heading gives a bare table row or list item the
	 * subject it is about ("Chair: ..." under "Management Board").
	 */
	public static String embeddingText(String section, String unit) {
		return section == null || section.isBlank() ? unit : section + ": " + unit;
	}

}
