package uk.opcc.quorum.decisions.render;

import uk.opcc.quorum.decisions.DecisionNotice;

/** The notice as Markdown, from the published lines only. */
public final class NoticeMarkdown {

	private NoticeMarkdown() {
	}

	public static String of(DecisionNotice notice, String office) {
		StringBuilder md = new StringBuilder("*").append(office).append("*\n\n");
		for (NoticeText.Line line : NoticeText.of(notice)) {
			md.append(line.level() == 1 ? "# " : line.level() == 2 ? "## " : "").append(line.text()).append("\n\n");
		}
		return md.toString();
	}

}
