package uk.opcc.quorum.knowledge.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Plain text, including text exported from slide decks: blocks separated by blank lines,
 * where a short line without a full stop opens a slide or section. A title-only block (a
 * slide with just a heading) carries its heading into the next block, so bullets keep the
 * heading they were presented under.
 */
final class PlainTextParser {

	private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n");

	private PlainTextParser() {
	}

	static List<Section> sections(String text) {
		List<Section> sections = new ArrayList<>();
		String pendingHeading = null;
		for (String block : BLANK_LINES.split(text.replace("\r\n", "\n").replace('\r', '\n'))) {
			List<String> lines = block.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
			if (lines.isEmpty()) {
				continue;
			}
			boolean opensWithHeading = looksLikeHeading(lines.get(0));
			if (opensWithHeading && lines.size() <= 2 && lines.stream().allMatch(PlainTextParser::looksLikeHeading)) {
				String heading = String.join(" ", lines);
				pendingHeading = pendingHeading == null ? heading : pendingHeading + " - " + heading;
				continue;
			}
			String heading = opensWithHeading ? lines.get(0) : null;
			List<String> body = opensWithHeading ? lines.subList(1, lines.size()) : lines;
			if (pendingHeading != null) {
				heading = heading == null ? pendingHeading : pendingHeading + " - " + heading;
				pendingHeading = null;
			}
			if (heading == null && !sections.isEmpty() && isContinuation(sections.get(sections.size() - 1))) {
				Section previous = sections.remove(sections.size() - 1);
				sections.add(new Section(previous.heading(), previous.text() + "\n" + String.join("\n", body)));
				continue;
			}
			sections.add(new Section(heading == null ? "" : heading, String.join("\n", body)));
		}
		if (pendingHeading != null) {
			sections.add(new Section(pendingHeading, ""));
		}
		return sections;
	}

	static boolean looksLikeHeading(String line) {
		if (line.startsWith("-") || line.startsWith("•") || line.startsWith("*") || line.contains("\t")) {
			return false;
		}
		int words = line.split("\\s+").length;
		return words <= 10 && line.length() <= 80 && !line.endsWith(".") && !line.endsWith(",") && !line.endsWith(";")
				&& !line.endsWith(":");
	}

	private static boolean isContinuation(Section previous) {
		return previous.text().length() < 1500;
	}

}
