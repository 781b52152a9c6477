package uk.opcc.quorum.knowledge.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits sections into passages of at most about {@value #MAX_WORDS} words, breaking
 * between lines or sentences, so that a citation points at something a person can read at
 * a glance. Each passage keeps its heading.
 */
public final class Chunker {

	static final int MAX_WORDS = 160;

	private Chunker() {
	}

	public record Passage(String section, String text) {
	}

	public static List<Passage> split(ParsedDocument document) {
		List<Passage> passages = new ArrayList<>();
		for (Section section : document.sections()) {
			if (section.text().isBlank()) {
				continue;
			}
			List<String> units = new ArrayList<>();
			for (String line : section.text().split("\n")) {
				if (words(line) > MAX_WORDS) {
					units.addAll(List.of(line.split("(?<=[.!?])\\s+")));
				}
				else {
					units.add(line);
				}
			}
			StringBuilder current = new StringBuilder();
			int count = 0;
			for (String unit : units) {
				int n = words(unit);
				if (count > 0 && count + n > MAX_WORDS) {
					passages.add(new Passage(section.heading(), current.toString().strip()));
					current.setLength(0);
					count = 0;
				}
				current.append(unit).append('\n');
				count += n;
			}
			if (count > 0) {
				passages.add(new Passage(section.heading(), current.toString().strip()));
			}
		}
		return passages;
	}

	private static int words(String text) {
		String stripped = text.strip();
		return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
	}

}
