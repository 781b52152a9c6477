package uk.opcc.quorum.knowledge.ingest;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** HTML by its h1-h6 headings; paragraphs, list items and table rows become lines under the heading before them. */
final class HtmlParser {

	private HtmlParser() {
	}

	static ParsedDocument parse(String html, String fallbackTitle) {
		Document page = Jsoup.parse(html);
		page.select("script, style, nav, noscript").remove();
		List<Section> sections = new ArrayList<>();
		String heading = "";
		StringBuilder body = new StringBuilder();
		for (Element element : page.body().select("h1, h2, h3, h4, h5, h6, p, li, tr, pre, blockquote, dt, dd")) {
			if (element.tagName().matches("h[1-6]")) {
				flush(sections, heading, body);
				heading = element.text();
			}
			else if (element.tagName().equals("tr")) {
				body.append(String.join(" | ", element.select("th, td").eachText())).append('\n');
			}
			else if (element.parents().stream().noneMatch(p -> p.tagName().matches("li|tr|blockquote"))
					|| element.tagName().equals("li")) {
				body.append(element.ownText().isBlank() && element.tagName().equals("li") ? element.text()
						: element.text()).append('\n');
			}
		}
		flush(sections, heading, body);
		String title = page.title().isBlank() ? page.select("h1").text() : page.title();
		return new ParsedDocument(title.isBlank() ? fallbackTitle : title, sections);
	}

	private static void flush(List<Section> sections, String heading, StringBuilder body) {
		String text = body.toString().strip();
		if (!text.isEmpty()) {
			sections.add(new Section(heading, text));
		}
		body.setLength(0);
	}

}
