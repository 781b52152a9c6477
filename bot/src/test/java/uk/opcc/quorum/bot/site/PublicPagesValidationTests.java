package uk.opcc.quorum.bot.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.PathContainer;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPatternParser;

import uk.opcc.quorum.bot.RunningQuorum;
import uk.opcc.quorum.bot.TrialCallers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every public page, fetched from the running Quorum without credentials, is valid HTML
 * for the Nu HTML checker (no error, no warning), carries the layout's landmarks and
 * shows nothing private. Every HTML route Spring MVC knows must be among the pages
 * checked, so a new public page is checked the day it is added. A page broken on purpose
 * proves the checker fails what it should.
 */
class PublicPagesValidationTests extends RunningQuorum {

	private static final HtmlChecker checker = new HtmlChecker();

	@Autowired
	MongoTemplate mongo;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	private PublicPagesFixture fixture;

	@BeforeEach
	void somethingOnEveryPage() {
		fixture = PublicPagesFixture.create(http, mongo, clock);
		TrialCallers.nobody(http);
	}

	/** Each public page and the status it answers with. */
	private Map<String, HttpStatus> pages() {
		Map<String, HttpStatus> pages = new LinkedHashMap<>();
		pages.put("/register", HttpStatus.OK);
		pages.put("/register?q=victims", HttpStatus.OK);
		pages.put("/register?q=nothing+at+all", HttpStatus.OK);
		pages.put("/register?sort=title&order=asc", HttpStatus.OK);
		pages.put("/register?sort=date&order=desc&q=drone", HttpStatus.OK);
		pages.put("/register/forward-plan", HttpStatus.OK);
		pages.put("/register/2027/001", HttpStatus.OK);
		pages.put("/register/2027-002", HttpStatus.OK);
		pages.put("/register/2027/003-v2", HttpStatus.OK);
		pages.put("/register/1999/001", HttpStatus.NOT_FOUND);
		pages.put("/boards/", HttpStatus.OK);
		pages.put("/boards/PAF/", HttpStatus.OK);
		pages.put("/boards/PAF/" + fixture.firstMeeting, HttpStatus.OK);
		pages.put("/boards/PAF/" + fixture.meetings.get(1), HttpStatus.OK);
		pages.put("/boards/PAF/" + fixture.cancelledMeeting, HttpStatus.OK);
		pages.put("/boards/PAF/no-such-meeting", HttpStatus.NOT_FOUND);
		pages.put("/boards/SGB/", HttpStatus.NOT_FOUND);
		pages.put("/boards/year/2027", HttpStatus.OK);
		pages.put("/boards/year/2031", HttpStatus.OK);
		pages.put("/boards/year/someday", HttpStatus.NOT_FOUND);
		pages.put("/boards/PAF/year/2027", HttpStatus.OK);
		pages.put("/boards/SGB/year/2027", HttpStatus.NOT_FOUND);
		// Spring Boot's error page, as a browser gets it after a failure.
		pages.put("/error", HttpStatus.INTERNAL_SERVER_ERROR);
		return pages;
	}

	@Test
	void everyPublicPageIsValidAndShowsNothingPrivate() {
		Map<String, List<HtmlChecker.Message>> problems = new LinkedHashMap<>();
		for (Map.Entry<String, HttpStatus> page : pages().entrySet()) {
			ResponseEntity<String> response = http.exchange(page.getKey(), HttpMethod.GET, browser(), String.class);
			assertThat(response.getStatusCode()).as(page.getKey()).isEqualTo(page.getValue());
			assertThat(response.getHeaders().getContentType()).as(page.getKey())
				.isEqualTo(MediaType.parseMediaType("text/html;charset=UTF-8"));
			String html = response.getBody();
			assertThat(html).as(page.getKey())
				.startsWith("<!DOCTYPE html>")
				.contains("<html lang=\"en-GB\">")
				.contains("<a class=\"skip-link\" href=\"#content\">")
				.contains("<main id=\"content\"")
				.contains("<link rel=\"stylesheet\" href=\"/assets/quorum.css\">")
				.doesNotContain("th:")
				.doesNotContain("<script")
				.doesNotContain(PublicPagesFixture.PART_TWO)
				.doesNotContain(PublicPagesFixture.EXEMPT)
				.doesNotContain("restricted-paper")
				.doesNotContain("Surveillance")
				.doesNotContain(PublicPagesFixture.PRIVATE);
			if (page.getKey().equals("/register")) {
				// British English whatever the browser asks for (it asks for German
				// here).
				assertThat(html).contains(">11 January 2027</time>");
			}
			List<HtmlChecker.Message> found = checker.problems(html);
			if (!found.isEmpty()) {
				problems.put(page.getKey(), found);
			}
		}
		assertThat(problems).as("the Nu HTML checker's errors and warnings, by page").isEmpty();
	}

	/** What a browser sends: no credentials, HTML first. */
	private static HttpEntity<Void> browser() {
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.ACCEPT, "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
		headers.set(HttpHeaders.ACCEPT_LANGUAGE, "de-DE,de;q=0.9");
		return new HttpEntity<>(headers);
	}

	@Test
	void everyHtmlRouteIsAmongThePagesChecked() {
		Set<String> routes = new TreeSet<>();
		for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
			boolean html = info.getProducesCondition()
				.getProducibleMediaTypes()
				.stream()
				.anyMatch(MediaType.TEXT_HTML::isCompatibleWith);
			if (html) {
				routes.addAll(info.getPatternValues());
			}
		}
		assertThat(routes).contains("/register", "/register/{first}/{second}", "/boards/year/{year}",
				"/boards/{code}/year/{year}");
		List<String> unchecked = new ArrayList<>();
		for (String route : routes) {
			var pattern = PathPatternParser.defaultInstance.parse(route);
			boolean checked = pages().keySet()
				.stream()
				.map(page -> PathContainer.parsePath(page.replaceFirst("\\?.*", "")))
				.anyMatch(path -> pattern.matches(path));
			if (!checked) {
				unchecked.add(route);
			}
		}
		assertThat(unchecked).as("HTML routes no page in this test reaches: add them to pages()").isEmpty();
	}

	@Test
	void theStylesheetIsServedFromQuorumWithTheOfficesColours() {
		ResponseEntity<String> css = http.getForEntity("/assets/quorum.css", String.class);
		assertThat(css.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(css.getHeaders().getContentType().toString()).startsWith("text/css");
		assertThat(css.getBody()).startsWith(":root {\n  --primary: #1f3864;\n  --on-primary: #ffffff;")
			.doesNotContain("http://")
			.doesNotContain("https://")
			.doesNotContain("@import");
		HttpHeaders again = new HttpHeaders();
		again.setIfNoneMatch(css.getHeaders().getETag());
		assertThat(http.exchange("/assets/quorum.css", HttpMethod.GET, new HttpEntity<>(again), String.class)
			.getStatusCode()).isEqualTo(HttpStatus.NOT_MODIFIED);
	}

	@Test
	void aBrokenPageFails() {
		String page = http.getForObject("/register", String.class);
		assertThat(checker.problems(page)).isEmpty();

		// The same page with the mistakes a template edit could make: no title, a
		// duplicate id, a table cell outside a row, an image without alternative text,
		// and a list item outside a list.
		String broken = page.replaceFirst("<title>[^<]*</title>", "")
			.replace("<h1>Decisions register</h1>", "<h1 id=\"q\">Decisions register</h1>")
			.replace("</tbody>", "<td>stray cell</td></tbody>")
			.replace("<ul class=\"links\">", "<img src=\"/logo.png\"><li>stray item</li><ul class=\"links\">");
		List<String> errors = checker.check(broken)
			.stream()
			.filter(HtmlChecker.Message::error)
			.map(HtmlChecker.Message::message)
			.toList();
		assertThat(errors).anyMatch(m -> m.contains("title"))
			.anyMatch(m -> m.contains("Duplicate ID"))
			.anyMatch(m -> m.contains("“td”"))
			.anyMatch(m -> m.contains("alt"))
			.anyMatch(m -> m.contains("“li”"));
		assertThat(checker.problems("<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>x"
				+ "</title></head><body><main><h1>x</h1></main></body></html>"))
			.isEmpty();
	}

}
