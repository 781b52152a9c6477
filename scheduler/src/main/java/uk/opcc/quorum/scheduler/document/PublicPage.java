package uk.opcc.quorum.scheduler.document;

import java.util.List;

import org.springframework.web.util.HtmlUtils;

import uk.opcc.quorum.scheduler.AgendaItem;
import uk.opcc.quorum.scheduler.Board;
import uk.opcc.quorum.scheduler.Meeting;
import uk.opcc.quorum.scheduler.Minutes;

/**
 * What the Specified Information Order asks an office to publish about a public meeting:
 * date, time and place, the agenda and papers, and the minutes once approved. Exempt
 * items show neither title nor paper.
 */
public final class PublicPage {

	private PublicPage() {
	}

	public static String meeting(Meeting meeting, Board board) {
		StringBuilder html = start(board.name() + ", " + AgendaPack.when(meeting));
		html.append("<p><a href=\"./\">All ").append(e(board.code())).append(" meetings</a></p>");
		html.append("<h1>").append(e(board.name())).append("</h1>");
		if (meeting.status() == Meeting.Status.CANCELLED) {
			html.append("<p><strong>This meeting was cancelled.</strong></p>");
		}
		html.append("<dl><dt>Date and time</dt><dd>").append(e(AgendaPack.when(meeting))).append("</dd>");
		html.append("<dt>Place</dt><dd>").append(e(place(meeting))).append("</dd></dl>");
		html.append("<h2>Agenda</h2><ol>");
		for (AgendaItem item : meeting.items()) {
			html.append("<li>");
			if (item.exempt()) {
				html.append("Exempt item (taken in private)");
			}
			else {
				html.append(e(item.title()));
				if (item.paper() != null) {
					html.append(paper(item.paper()));
				}
			}
			html.append("</li>");
		}
		html.append("</ol>");
		Minutes minutes = meeting.minutes();
		if (minutes != null && minutes.approved()) {
			html.append("<h2>Minutes</h2><p>Approved ")
				.append(e(minutes.approval().at().atZone(Meeting.LONDON).toLocalDate().toString()))
				.append(".</p>");
			html.append("<p>Present: ").append(e(String.join(", ", minutes.present()))).append("</p>");
			html.append("<p>Apologies: ").append(e(String.join(", ", minutes.apologies()))).append("</p>");
			for (AgendaItem item : meeting.items()) {
				Minutes.ItemMinutes noted = MinutesRecord.noted(minutes, item);
				if (!item.exempt() && noted != null) {
					html.append("<h3>").append(e(item.title())).append("</h3>");
					if (noted.discussion() != null) {
						html.append("<p>").append(e(noted.discussion())).append("</p>");
					}
					noted.decisions()
						.forEach(d -> html.append("<p><strong>Decided:</strong> ").append(e(d)).append("</p>"));
				}
			}
		}
		else {
			html.append("<p>Minutes are published here once the board has approved them.</p>");
		}
		return html.append("</main></body></html>").toString();
	}

	public static String board(Board board, List<Meeting> meetings) {
		StringBuilder html = start(board.name());
		html.append("<h1>").append(e(board.name())).append("</h1><ul>");
		for (Meeting meeting : meetings) {
			html.append("<li><a href=\"")
				.append(e(meeting.id()))
				.append("\">")
				.append(e(AgendaPack.when(meeting)))
				.append("</a>")
				.append(meeting.status() == Meeting.Status.CANCELLED ? " (cancelled)" : "")
				.append("</li>");
		}
		return html.append("</ul></main></body></html>").toString();
	}

	private static StringBuilder start(String title) {
		return new StringBuilder("<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>")
			.append(e(title))
			.append("</title><meta name=\"viewport\" content=\"width=device-width\"></head><body><main>");
	}

	private static String paper(String paper) {
		boolean link = paper.startsWith("https://") || paper.startsWith("http://");
		return link ? " (<a href=\"" + e(paper) + "\">paper</a>)" : " (paper: " + e(paper) + ")";
	}

	private static String place(Meeting meeting) {
		String place = meeting.location() == null ? "" : meeting.location();
		return meeting.online() ? (place.isEmpty() ? "Online" : place + ", and broadcast online") : place;
	}

	private static String e(String text) {
		return HtmlUtils.htmlEscape(text == null ? "" : text);
	}

}
