package uk.opcc.quorum.scheduler.document;

import java.util.List;

import uk.opcc.quorum.scheduler.ActionItem;
import uk.opcc.quorum.scheduler.AgendaItem;
import uk.opcc.quorum.scheduler.Board;
import uk.opcc.quorum.scheduler.Meeting;
import uk.opcc.quorum.scheduler.Minutes;
import uk.opcc.quorum.scheduler.meeting.MeetingRules;

/**
 * A meeting's minutes as a document: attendance, declarations, each item's discussion and
 * decisions, actions.
 */
public final class MinutesRecord {

	private MinutesRecord() {
	}

	public static String markdown(Meeting meeting, Board board, List<ActionItem> actions) {
		Minutes minutes = meeting.minutes();
		StringBuilder md = new StringBuilder("# ").append(board.name()).append(": minutes\n\n");
		md.append("- **When:** ").append(AgendaPack.when(meeting)).append('\n');
		md.append("- **Status:** ").append(status(minutes)).append("\n\n");
		md.append("## Present\n\n").append(list(minutes.present())).append('\n');
		md.append("## Apologies\n\n").append(list(minutes.apologies())).append('\n');
		md.append("## Declarations of interest\n\n").append(list(minutes.declarations())).append('\n');
		int n = 1;
		for (AgendaItem item : meeting.items()) {
			md.append("## ").append(n++).append(". ").append(item.title()).append("\n\n");
			Minutes.ItemMinutes noted = noted(minutes, item);
			if (noted != null && noted.discussion() != null) {
				md.append(noted.discussion()).append("\n\n");
			}
			if (noted != null && !noted.decisions().isEmpty()) {
				md.append("**Decided:**\n\n").append(list(noted.decisions())).append('\n');
			}
		}
		md.append("## Actions\n\n");
		md.append(list(
				actions.stream().map(a -> a.description() + " (" + a.owner() + ", due " + a.due() + ")").toList()));
		return md.toString();
	}

	/**
	 * @param office the office's name, printed in the page header
	 */
	public static byte[] docx(Meeting meeting, Board board, List<ActionItem> actions, String office) {
		Minutes minutes = meeting.minutes();
		try (Docx doc = new Docx(office, board.name() + ": minutes")) {
			doc.labelled("When", AgendaPack.when(meeting))
				.labelled("Status", status(minutes))
				.labelled("Present", joined(minutes.present()))
				.labelled("Apologies", joined(minutes.apologies()))
				.labelled("Declarations of interest", joined(minutes.declarations()));
			int n = 1;
			for (AgendaItem item : meeting.items()) {
				doc.heading(n++ + ". " + item.title());
				Minutes.ItemMinutes noted = noted(minutes, item);
				if (noted != null && noted.discussion() != null) {
					doc.line(noted.discussion());
				}
				if (noted != null) {
					noted.decisions().forEach(d -> doc.labelled("Decided", d));
				}
			}
			doc.heading("Actions");
			actions.forEach(a -> doc.line(a.description() + " (" + a.owner() + ", due " + a.due() + ")"));
			return doc.bytes();
		}
	}

	static Minutes.ItemMinutes noted(Minutes minutes, AgendaItem item) {
		return minutes.items().stream().filter(i -> i.itemId().equals(item.id())).findFirst().orElse(null);
	}

	private static String status(Minutes minutes) {
		return minutes.approved()
				? "Approved " + minutes.approval().at().atZone(Meeting.LONDON).toLocalDate().format(MeetingRules.DAY)
				: "Draft, for approval at the next meeting";
	}

	private static String list(List<String> lines) {
		if (lines.isEmpty()) {
			return "None.\n";
		}
		StringBuilder md = new StringBuilder();
		lines.forEach(l -> md.append("- ").append(l).append('\n'));
		return md.toString();
	}

	private static String joined(List<String> lines) {
		return lines.isEmpty() ? "None" : String.join(", ", lines);
	}

}
