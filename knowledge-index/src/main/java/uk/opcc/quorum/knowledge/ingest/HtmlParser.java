package uk.opcc.quorum.knowledge.ingest;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * HTML by its h1-h6 headings; paragraphs, list items and table rows become lines under
 * the heading before them. Only the page's content is read: its main element when it
 * marks one, and never the site's navigation, header, footer, cookie notice, breadcrumb,
 * feedback or sharing boxes, which would otherwise be cited as if they answered.
 */
final class HtmlParser {

	/** What a site wraps around every page. */
	private static final String CHROME = "script, style, noscript, template, nav, header, footer, aside, "
			+ "[role=navigation], [role=banner], [role=contentinfo], [role=search], [aria-hidden=true], "
			+ "[id*=cookie], [class*=cookie], [id*=consent], [class*=consent], [class*=breadcrumb], [id*=breadcrumb], "
			+ "[class*=skip-link], [class*=feedback], [id*=feedback], [class*=share], [class*=social], "
			+ "[class*=newsletter]";

	private HtmlParser() {
	}

	static ParsedDocument parse(String html, String fallbackTitle) {
		Document page = Jsoup.parse(html);
		String title = page.title().isBlank() ? page.select("h1").text() : page.title();
		page.select(CHROME).remove();
		Element content = page.selectFirst("main, [role=main], article");
		Element root = content == null ? page.body() : content;
		List<Section> sections = new ArrayList<>();
		String heading = "";
		StringBuilder body = new StringBuilder();
		for (Element element : root.select("h1, h2, h3, h4, h5, h6, p, li, table, pre, blockquote, dt, dd")) {
			if (element.tagName().matches("h[1-6]")) {
				flush(sections, heading, body);
				heading = element.text();
			}
			else if (element.tagName().equals("table")) {
				TableRows.lines(element.select("tr").stream().map(row -> row.select("th, td").eachText()).toList())
					.forEach(line -> body.append(line).append('\n'));
			}
			else if (element.parents().stream().anyMatch(p -> p.tagName().equals("table"))) {
				continue;
			}
			else if (element.parents().stream().noneMatch(p -> p.tagName().matches("li|tr|blockquote"))
					|| element.tagName().equals("li")) {
				body.append(
						element.ownText().isBlank() && element.tagName().equals("li") ? element.text() : element.text())
					.append('\n');
			}
		}
		flush(sections, heading, body);
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
