package uk.opcc.quorum.decisions.render;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;

import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.ValidationDriver;
import com.thaiopensource.validate.rng.CompactSchemaReader;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import uk.opcc.quorum.decisions.DecisionNotice;
import uk.opcc.quorum.decisions.Status;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The register's feed checked as a feed reader would: RFC 4287's RELAX NG grammar, the
 * two rules the RFC states in Schematron (an author for the feed or every entry; a link
 * or content for every entry) and a {@code rel="self"} link to the feed's own address.
 */
class RegisterFeedTests {

	private static final String BASE = "https://quorum.example.police.uk";

	@Test
	void theFeedIsValidAtomWithAnAuthorAndItsOwnAddress() throws Exception {
		String feed = RegisterFeed.atom("Office of the Police and Crime Commissioner", BASE,
				List.of(published("2027/004", "Victims' referral service"), published("2027/005", "Estates")));

		assertThat(problems(feed)).isEmpty();
		Document document = parse(feed);
		assertThat(text(document, "/*[local-name()='feed']/*[local-name()='link'][@rel='self']/@href"))
			.isEqualTo(BASE + "/register/feed.atom");
		assertThat(text(document, "/*[local-name()='feed']/*[local-name()='author']/*[local-name()='name']"))
			.isEqualTo("Office of the Police and Crime Commissioner");
	}

	@Test
	void anEmptyRegisterIsAValidFeed() throws Exception {
		assertThat(problems(RegisterFeed.atom("OPCC", BASE, List.of()))).isEmpty();
	}

	@Test
	void theChecksFindAFeedWithoutAuthorSelfLinkOrId() throws Exception {
		String broken = RegisterFeed.atom("OPCC", BASE, List.of(published("2027/004", "Victims")))
			.replaceAll("(?s)<author>.*?</author>", "")
			.replaceAll("<link[^>]*rel=\"self\"[^>]*/>", "")
			.replaceFirst("(?s)<id>[^<]*</id>", "");

		assertThat(problems(broken)).anyMatch(p -> p.contains("atom:author"))
			.anyMatch(p -> p.contains("rel=\"self\""))
			.anyMatch(p -> p.contains("missing required element \"id\""));
	}

	/** Everything a reader would object to, in words; empty when the feed is sound. */
	static List<String> problems(String feed) throws Exception {
		List<String> problems = new ArrayList<>(grammar(feed));
		Document document = parse(feed);
		if (!bool(document, "/*[local-name()='feed']/*[local-name()='author'] "
				+ "or not(/*[local-name()='feed']/*[local-name()='entry'][not(*[local-name()='author'])])")) {
			problems.add("An atom:feed must have an atom:author unless all of its entries have one (RFC 4287 4.1.1)");
		}
		if (!bool(document, "not(//*[local-name()='entry'][not(*[local-name()='link'][not(@rel) or @rel='alternate']"
				+ " or *[local-name()='content'])])")) {
			problems.add("An atom:entry must have an alternate link or content (RFC 4287 4.1.2)");
		}
		if (!bool(document, "/*[local-name()='feed']/*[local-name()='link'][@rel='self']")) {
			problems.add("The feed has no link rel=\"self\" to its own address (RFC 4287 4.2.7.2)");
		}
		return problems;
	}

	private static List<String> grammar(String feed) throws IOException, SAXException {
		List<String> errors = new ArrayList<>();
		ErrorHandler collect = new ErrorHandler() {
			@Override
			public void warning(SAXParseException ex) {
			}

			@Override
			public void error(SAXParseException ex) {
				errors.add("line " + ex.getLineNumber() + ": " + ex.getMessage());
			}

			@Override
			public void fatalError(SAXParseException ex) {
				errors.add("line " + ex.getLineNumber() + ": " + ex.getMessage());
			}
		};
		PropertyMapBuilder properties = new PropertyMapBuilder();
		properties.put(ValidateProperty.ERROR_HANDLER, collect);
		ValidationDriver driver = new ValidationDriver(properties.toPropertyMap(), CompactSchemaReader.getInstance());
		InputSource schema = new InputSource(RegisterFeedTests.class.getResource("/schemas/atom/atom.rnc").toString());
		assertThat(driver.loadSchema(schema)).as("RFC 4287's grammar loads").isTrue();
		driver.validate(new InputSource(new StringReader(feed)));
		return errors;
	}

	private static Document parse(String xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
	}

	private static boolean bool(Document document, String expression) throws XPathExpressionException {
		return (Boolean) xpath().evaluate(expression, document, XPathConstants.BOOLEAN);
	}

	private static String text(Document document, String expression) throws XPathExpressionException {
		return xpath().evaluate(expression, document);
	}

	private static XPath xpath() {
		return XPathFactory.newInstance().newXPath();
	}

	private static DecisionNotice published(String number, String title) {
		DecisionNotice draft = NoticePdfTests.notice(2);
		Instant at = Instant.parse("2027-03-01T12:00:00Z");
		return new DecisionNotice(number.replace('/', '-'), number, 1, null, title, draft.sections(), draft.part2(),
				draft.decisionMaker(), draft.source(), null, Status.PUBLISHED, draft.reviews(), draft.signature(), null,
				null, at, "staff-1", at, 5);
	}

}
