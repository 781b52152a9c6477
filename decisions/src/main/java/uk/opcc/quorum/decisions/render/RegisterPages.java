package uk.opcc.quorum.decisions.render;

import java.util.List;

import uk.opcc.quorum.decisions.DecisionNotice;
import uk.opcc.quorum.decisions.Status;

/**
 * The public register as HTML: the list with search, a page per published notice, and the
 * forward plan.
 */
public final class RegisterPages {

	private RegisterPages() {
	}

	public static String index(String office, List<DecisionNotice> notices, String query) {
		StringBuilder html = start(office + ": decisions register");
		html.append("<h1>Decisions register</h1><p>").append(e(office)).append("</p>");
		html.append(
				"<form method=\"get\" action=\"/register\"><label>Search <input type=\"search\" name=\"q\" value=\"")
			.append(e(query == null ? "" : query))
			.append("\"></label> <button>Search</button></form>");
		html.append(
				"<p><a href=\"/register/forward-plan\">Forward plan</a> · <a href=\"/register/feed.atom\">Atom feed</a></p>");
		html.append(
				"<table><thead><tr><th>Number</th><th>Title</th><th>Date</th><th>Decision maker</th><th>Status</th></tr></thead><tbody>");
		for (DecisionNotice notice : notices) {
			boolean page = notice.status() == Status.PUBLISHED;
			html.append("<tr><td>")
				.append(page ? "<a href=\"/register/" + e(notice.slug()) + "\">" + e(notice.reference()) + "</a>"
						: e(notice.reference()))
				.append("</td><td>")
				.append(e(notice.title()))
				.append("</td><td>")
				.append(notice.signature() == null ? "" : e(notice.signature().date().format(NoticeText.DAY)))
				.append("</td><td>")
				.append(e(notice.decisionMaker().label()))
				.append("</td><td>")
				.append(e(label(notice.status())))
				.append("</td></tr>");
		}
		html.append("</tbody></table>");
		if (notices.isEmpty()) {
			html.append("<p>No decision matches.</p>");
		}
		return html.append("</main></body></html>").toString();
	}

	public static String notice(String office, DecisionNotice notice) {
		StringBuilder html = start("Decision notice " + notice.reference());
		html.append("<p><a href=\"/register\">Decisions register</a></p><p>").append(e(office)).append("</p>");
		for (NoticeText.Line line : NoticeText.of(notice)) {
			String tag = line.level() == 1 ? "h1" : line.level() == 2 ? "h2" : "p";
			html.append('<').append(tag).append('>').append(e(line.text())).append("</").append(tag).append('>');
		}
		return html.append("</main></body></html>").toString();
	}

	public static String forwardPlan(String office, List<DecisionNotice> planned) {
		StringBuilder html = start(office + ": forward plan of decisions");
		html.append("<h1>Forward plan of decisions</h1><p><a href=\"/register\">Decisions register</a></p>");
		html.append(
				"<table><thead><tr><th>Decision</th><th>Expected</th><th>Lead officer</th><th>Open or exempt</th></tr></thead><tbody>");
		for (DecisionNotice notice : planned) {
			DecisionNotice.ForwardPlan plan = notice.forwardPlan();
			html.append("<tr><td>")
				.append(e(notice.title()))
				.append("</td><td>")
				.append(e(plan.expectedDate().format(NoticeText.DAY)))
				.append("</td><td>")
				.append(e(plan.leadOfficer() == null ? "" : plan.leadOfficer()))
				.append("</td><td>")
				.append(plan.exempt() ? "Exempt" : "Open")
				.append("</td></tr>");
		}
		return html.append("</tbody></table></main></body></html>").toString();
	}

	private static String label(Status status) {
		return switch (status) {
			case PUBLISHED -> "Published";
			case NOT_PUBLISHED -> "Not published";
			case DEFERRED -> "Deferred";
			case WITHDRAWN -> "Withdrawn";
			default -> status.name();
		};
	}

	private static StringBuilder start(String title) {
		return new StringBuilder("<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>")
			.append(e(title))
			.append("</title><meta name=\"viewport\" content=\"width=device-width\"></head><body><main>");
	}

	private static String e(String text) {
		if (text == null) {
			return "";
		}
		return text.replace("&", "&amp;")
			.replace("<", "&lt;")
			.replace(">", "&gt;")
			.replace("\"", "&quot;")
			.replace("'", "&#39;");
	}

}
