package uk.opcc.quorum.knowledge.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Markdown by its ATX headings; table rows and list items are kept as lines under their
 * heading.
 */
final class MarkdownParser {

	private MarkdownParser() {
	}

	static ParsedDocument parse(String text, String fallbackTitle) {
		List<Section> sections = new ArrayList<>();
		String title = null;
		String heading = "";
		StringBuilder body = new StringBuilder();
		for (String raw : text.replace("\r\n", "\n").split("\n")) {
			String line = raw.strip();
			if (line.startsWith("#")) {
				flush(sections, heading, body);
				heading = line.replaceFirst("^#+\\s*", "").strip();
				if (title == null && line.startsWith("# ")) {
					title = heading;
				}
				continue;
			}
			if (line.matches("^\\|?\\s*:?-{3,}.*") || line.matches("^[-*_]{3,}$")) {
				continue; // table separators and rules carry no words
			}
			String plain = line.replaceAll("^\\|\\s*|\\s*\\|$", "")
				.replaceAll("\\s*\\|\\s*", " | ")
				.replaceAll("\\*\\*|__|`", "")
				.replaceAll("\\[([^]]+)]\\([^)]+\\)", "$1");
			body.append(plain).append('\n');
		}
		flush(sections, heading, body);
		return new ParsedDocument(title != null ? title : fallbackTitle, sections);
	}

	private static void flush(List<Section> sections, String heading, StringBuilder body) {
		String text = body.toString().strip();
		if (!text.isEmpty()) {
			sections.add(new Section(heading, text));
		}
		body.setLength(0);
	}

}
