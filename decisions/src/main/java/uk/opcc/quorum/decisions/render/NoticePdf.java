package uk.opcc.quorum.decisions.render;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.util.XRLog;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

import uk.opcc.quorum.decisions.DecisionNotice;

/**
 * The notice as an accessible A4 PDF: tagged PDF/UA-1 (and PDF/A-2a) from an XHTML
 * template, in Liberation Sans embedded from the jar, with the notice's title as the
 * document title and British English as its language. Headings are real H1 and H2 and are
 * kept with the paragraph that follows them. Nothing is fetched: the template, font,
 * colour profile and logo come from the jar, the JDK and the configuration.
 */
public final class NoticePdf {

	/** The family the template's CSS names. */
	static final String FONT = "Liberation Sans";

	private static final String XHTML = "http://www.w3.org/1999/xhtml";

	private static final String RESOURCES = "/uk/opcc/quorum/decisions/render/";

	private static final byte[] REGULAR = resource("fonts/LiberationSans-Regular.ttf");

	private static final byte[] BOLD = resource("fonts/LiberationSans-Bold.ttf");

	private static final byte[] TEMPLATE = resource("notice.xhtml");

	/** sRGB, which PDF/A asks for as the output intent; the JDK ships it. */
	private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

	/**
	 * openhtmltopdf logs every render at INFO through java.util.logging; its warnings are
	 * enough. The loggers are held here so the levels stay set.
	 */
	private static final List<Logger> QUIET = quiet();

	private NoticePdf() {
	}

	public static byte[] of(DecisionNotice notice, String office) {
		return of(notice, office, null);
	}

	/**
	 * @param logo the office's logo (PNG or JPEG) printed above its name, or null for
	 * none
	 */
	public static byte[] of(DecisionNotice notice, String office, byte[] logo) {
		Document html = html(notice, office, logo);
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.usePdfUaAccessibility(true);
			builder.usePdfAConformance(PdfAConformance.PDFA_2_A);
			builder.useColorProfile(SRGB);
			builder.useFont(() -> new ByteArrayInputStream(REGULAR), FONT, 400, FontStyle.NORMAL, true);
			builder.useFont(() -> new ByteArrayInputStream(BOLD), FONT, 700, FontStyle.NORMAL, true);
			// nothing is fetched, whatever the text says: only the inline logo loads
			builder.useExternalResourceAccessControl(NoticePdf::inline,
					ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
			builder.useExternalResourceAccessControl(NoticePdf::inline,
					ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
			builder.withProducer("Quorum");
			builder.withW3cDocument(html, "about:blank");
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static boolean inline(String uri, ExternalResourceType type) {
		return type == ExternalResourceType.IMAGE_RASTER && uri != null && uri.startsWith("data:image/");
	}

	/**
	 * The template filled in: title, author, the office's name and the notice's lines.
	 */
	static Document html(DecisionNotice notice, String office, byte[] logo) {
		Document html = parse(TEMPLATE);
		List<NoticeText.Line> lines = NoticeText.of(notice);
		byId(html, "title").setTextContent(lines.get(0).text());
		byId(html, "author").setAttribute("content", office);
		Element officeLine = byId(html, "office");
		officeLine.setTextContent(office);
		if (logo != null && logo.length > 0) {
			Element image = html.createElementNS(XHTML, "img");
			image.setAttribute("class", "logo");
			image.setAttribute("alt", office + " logo");
			image.setAttribute("src",
					"data:" + mediaType(logo) + ";base64," + Base64.getEncoder().encodeToString(logo));
			officeLine.getParentNode().insertBefore(image, officeLine);
		}
		Element content = byId(html, "content");
		for (NoticeText.Line line : lines) {
			if (line.level() > 0) {
				content.appendChild(element(html, line.level() == 1 ? "h1" : "h2", line.text()));
			}
			else {
				paragraphs(html, content, line.text());
			}
		}
		return html;
	}

	/** A blank line starts a new paragraph; a single line break stays a line break. */
	private static void paragraphs(Document html, Element parent, String text) {
		for (String paragraph : text.strip().split("\\R\\s*\\R")) {
			Element p = html.createElementNS(XHTML, "p");
			String[] lines = paragraph.strip().split("\\R");
			for (int i = 0; i < lines.length; i++) {
				if (i > 0) {
					p.appendChild(html.createElementNS(XHTML, "br"));
				}
				p.appendChild(html.createTextNode(lines[i].strip()));
			}
			parent.appendChild(p);
		}
	}

	private static Element element(Document html, String name, String text) {
		Element element = html.createElementNS(XHTML, name);
		element.setTextContent(text);
		return element;
	}

	private static Element byId(Document html, String id) {
		var all = html.getElementsByTagNameNS("*", "*");
		for (int i = 0; i < all.getLength(); i++) {
			Element element = (Element) all.item(i);
			if (id.equals(element.getAttribute("id"))) {
				return element;
			}
		}
		throw new IllegalStateException("notice.xhtml has no element " + id);
	}

	/**
	 * The logo as given, once it is known to be a PNG or JPEG image.
	 * @throws IllegalArgumentException when it is neither
	 */
	public static byte[] logo(byte[] image) {
		mediaType(image);
		return image;
	}

	private static String mediaType(byte[] image) {
		if (image.length > 3 && (image[0] & 0xff) == 0x89 && image[1] == 'P' && image[2] == 'N' && image[3] == 'G') {
			return "image/png";
		}
		if (image.length > 2 && (image[0] & 0xff) == 0xff && (image[1] & 0xff) == 0xd8) {
			return "image/jpeg";
		}
		throw new IllegalArgumentException("The office logo must be a PNG or JPEG image");
	}

	private static Document parse(byte[] xhtml) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setExpandEntityReferences(false);
			return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xhtml));
		}
		catch (ParserConfigurationException | SAXException ex) {
			throw new IllegalStateException("notice.xhtml is not well-formed XHTML", ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<Logger> quiet() {
		List<Logger> loggers = new ArrayList<>();
		for (String name : XRLog.listRegisteredLoggers()) {
			XRLog.setLevel(name, Level.WARNING);
			loggers.add(Logger.getLogger(name));
		}
		return List.copyOf(loggers);
	}

	private static byte[] resource(String name) {
		try (InputStream in = NoticePdf.class.getResourceAsStream(RESOURCES + name)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCES + name + " is missing from the jar");
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
