package uk.opcc.quorum.knowledge.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * PDF text as paragraphs. A PDF breaks lines where the page ran out of width, not where a
 * sentence ends, so a figure can sit on the line after the words it belongs to; passages
 * and quoted lines would then lose it. A line is joined to the one before when that one
 * ran the full width of the page and did not end a sentence; a word hyphenated across the
 * break is mended. Short lines (headings, a paragraph's last line) and list items stay
 * lines of their own.
 */
final class Reflow {

	private static final Pattern LIST_ITEM = Pattern.compile("^([-•*▪●◦–]|\\d{1,2}[.)]|\\(?[a-z]\\))\\s.*");

	private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?:;][\"'”’)\\]]?$");

	private static final Pattern HYPHENATED = Pattern.compile(".*\\p{Ll}-$");

	private Reflow() {
	}

	static String paragraphs(String text) {
		List<String> lines = text.lines().map(String::strip).toList();
		double full = 0.6 * typicalWidth(lines);
		List<String> out = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		String previous = "";
		for (String line : lines) {
			boolean joins = !line.isEmpty() && !previous.isEmpty() && previous.length() >= full
					&& !SENTENCE_END.matcher(previous).matches() && !LIST_ITEM.matcher(line).matches();
			if (joins && HYPHENATED.matcher(previous).matches() && Character.isLowerCase(line.charAt(0))) {
				current.setLength(current.length() - 1);
				current.append(line);
			}
			else if (joins) {
				current.append(' ').append(line);
			}
			else {
				if (!current.isEmpty()) {
					out.add(current.toString());
				}
				current.setLength(0);
				current.append(line);
			}
			previous = line;
		}
		if (!current.isEmpty()) {
			out.add(current.toString());
		}
		return String.join("\n", out).strip();
	}

	/** The width of a full line on this page: the 80th percentile of the line lengths. */
	private static int typicalWidth(List<String> lines) {
		int[] lengths = lines.stream().mapToInt(String::length).filter(length -> length > 0).sorted().toArray();
		return lengths.length == 0 ? 0 : lengths[(int) Math.floor(0.8 * (lengths.length - 1))];
	}

}
