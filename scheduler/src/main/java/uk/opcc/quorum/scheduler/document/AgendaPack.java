package uk.opcc.quorum.scheduler.document;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import uk.opcc.quorum.scheduler.AgendaItem;
import uk.opcc.quorum.scheduler.Board;
import uk.opcc.quorum.scheduler.Meeting;
import uk.opcc.quorum.scheduler.Member;
import uk.opcc.quorum.scheduler.meeting.MeetingRules;

/**
 * The agenda pack the secretary issues: meeting details, then the items in order with
 * owner, purpose and paper.
 */
public final class AgendaPack {

	static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

	private AgendaPack() {
	}

	public static String markdown(Meeting meeting, Board board) {
		StringBuilder md = new StringBuilder();
		md.append("# ").append(board.name()).append(": agenda\n\n");
		md.append("- **When:** ").append(when(meeting)).append('\n');
		md.append("- **Where:** ").append(where(meeting)).append('\n');
		md.append("- **Papers due by:** ").append(meeting.papersDeadline().format(MeetingRules.DAY)).append("\n\n");
		int n = 1;
		for (AgendaItem item : meeting.items()) {
			md.append(n++).append(". **").append(item.title()).append("**");
			if (!item.standard()) {
				md.append(" (").append(item.purpose().label()).append("; ").append(owner(board, item)).append(')');
				md.append(item.paper() == null ? " Paper to follow." : " Paper: " + item.paper());
			}
			md.append(item.late() ? " *Late item.*" : "").append(item.exempt() ? " *Exempt: taken in private.*" : "");
			md.append('\n');
		}
		return md.toString();
	}

	/**
	 * @param office the office's name, printed in the page header
	 */
	public static byte[] docx(Meeting meeting, Board board, String office) {
		try (Docx doc = new Docx(office, board.name() + ": agenda")) {
			doc.labelled("When", when(meeting))
				.labelled("Where", where(meeting))
				.labelled("Papers due by", meeting.papersDeadline().format(MeetingRules.DAY))
				.heading("Agenda");
			int n = 1;
			for (AgendaItem item : meeting.items()) {
				String detail = item.standard() ? "" : " (" + item.purpose().label() + "; " + owner(board, item)
						+ (item.paper() == null ? "; paper to follow" : "; paper: " + item.paper()) + ")";
				doc.line(n++ + ". " + item.title() + detail + (item.late() ? " [late item]" : "")
						+ (item.exempt() ? " [exempt]" : ""));
			}
			return doc.bytes();
		}
	}

	static String when(Meeting meeting) {
		return meeting.localStart().toLocalDate().format(MeetingRules.DAY) + ", " + meeting.localStart().format(TIME)
				+ " to " + meeting.localEnd().format(TIME);
	}

	static String where(Meeting meeting) {
		String place = meeting.location() == null ? "" : meeting.location();
		if (!meeting.online()) {
			return place;
		}
		return (place.isEmpty() ? "Online" : place + ", and online")
				+ (meeting.joinUrl() == null ? "" : " (" + meeting.joinUrl() + ")");
	}

	static String owner(Board board, AgendaItem item) {
		return item.owner() == null ? "no owner" : board.member(item.owner()).map(Member::name).orElse(item.owner());
	}

}
