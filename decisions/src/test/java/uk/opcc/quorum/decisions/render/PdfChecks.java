package uk.opcc.quorum.decisions.render;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpParsingException;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * What a published PDF must be for the accessibility regulations, checked with PDFBox
 * (and veraPDF for PDF/UA-1 and PDF/A): each method answers the problems it finds, none
 * when the PDF passes.
 */
final class PdfChecks {

	static {
		VeraGreenfieldFoundryProvider.initialise();
	}

	private PdfChecks() {
	}

	/**
	 * Tagged (MarkInfo Marked, a structure tree), en-GB, a title in the document
	 * information and the XMP metadata shown in the title bar, every font embedded.
	 */
	static List<String> structure(byte[] pdf) {
		List<String> problems = new ArrayList<>();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDDocumentCatalog catalog = document.getDocumentCatalog();
			if (catalog.getMarkInfo() == null || !catalog.getMarkInfo().isMarked()) {
				problems.add("not marked as tagged (no MarkInfo with Marked true)");
			}
			if (catalog.getStructureTreeRoot() == null) {
				problems.add("no structure tree (StructTreeRoot)");
			}
			if (!"en-GB".equals(catalog.getLanguage())) {
				problems.add("document language is " + catalog.getLanguage() + ", not en-GB");
			}
			String title = document.getDocumentInformation().getTitle();
			if (title == null || title.isBlank()) {
				problems.add("no title in the document information");
			}
			String xmpTitle = xmpTitle(catalog.getMetadata());
			if (xmpTitle == null || xmpTitle.isBlank()) {
				problems.add("no dc:title in the XMP metadata");
			}
			PDViewerPreferences preferences = catalog.getViewerPreferences();
			if (preferences == null || !preferences.displayDocTitle()) {
				problems.add("viewer preferences do not show the title (DisplayDocTitle)");
			}
			int number = 0;
			for (PDPage page : document.getPages()) {
				number++;
				List<String> unembedded = new ArrayList<>();
				unembeddedFonts(page.getResources(), unembedded, new ArrayList<>());
				for (String font : unembedded) {
					problems.add("font " + font + " on page " + number + " is not embedded");
				}
			}
		}
		catch (IOException | BadFieldValueException ex) {
			problems.add("not a readable PDF: " + ex.getMessage());
		}
		return problems;
	}

	/** The structure types of the tagged content in reading order (H1, H2, P...). */
	static List<String> structureTypes(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDStructureTreeRoot root = document.getDocumentCatalog().getStructureTreeRoot();
			List<String> types = new ArrayList<>();
			if (root != null) {
				collect(root, types);
			}
			return types;
		}
	}

	/**
	 * Each heading on the page where its next paragraph starts: the heading's text and
	 * the paragraph's first words share a page.
	 */
	static List<String> headingsKeptWithNext(byte[] pdf, List<NoticeText.Line> lines) {
		List<String> problems = new ArrayList<>();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			List<String> pages = new ArrayList<>();
			PDFTextStripper stripper = new PDFTextStripper();
			for (int page = 1; page <= document.getNumberOfPages(); page++) {
				stripper.setStartPage(page);
				stripper.setEndPage(page);
				pages.add(normalized(stripper.getText(document)));
			}
			for (int i = 0; i < lines.size() - 1; i++) {
				if (lines.get(i).level() == 0) {
					continue;
				}
				String heading = normalized(lines.get(i).text());
				String next = firstWords(lines.get(i + 1).text(), 4);
				int page = indexOf(pages, heading);
				if (page < 0) {
					problems.add("heading '" + heading + "' not found");
				}
				else if (!pages.get(page).contains(heading + " " + next)) {
					problems.add("heading '" + heading + "' on page " + (page + 1) + " is not followed there by '"
							+ next + "'");
				}
			}
		}
		catch (IOException ex) {
			problems.add("not a readable PDF: " + ex.getMessage());
		}
		return problems;
	}

	/** veraPDF's failed rules for a flavour (PDFUA_1, PDFA_2_A), none when it passes. */
	static List<String> verapdf(byte[] pdf, PDFAFlavour flavour) {
		try (InputStream in = new ByteArrayInputStream(pdf);
				PDFAParser parser = Foundries.defaultInstance().createParser(in, flavour);
				PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
			ValidationResult result = validator.validate(parser);
			List<String> failed = new ArrayList<>();
			for (TestAssertion assertion : result.getTestAssertions()) {
				if (assertion.getStatus() == TestAssertion.Status.FAILED) {
					failed.add(assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber() + ": "
							+ assertion.getMessage());
				}
			}
			if (!result.isCompliant() && failed.isEmpty()) {
				failed.add("not compliant (" + result.getJobEndStatus() + ")");
			}
			return failed.stream().distinct().toList();
		}
		catch (Exception ex) {
			return List.of("veraPDF could not validate it: " + ex);
		}
	}

	private static String xmpTitle(PDMetadata metadata) throws IOException, BadFieldValueException {
		if (metadata == null) {
			return null;
		}
		try (InputStream in = metadata.exportXMPMetadata()) {
			DomXmpParser parser = new DomXmpParser();
			parser.setStrictParsing(false);
			XMPMetadata xmp = parser.parse(in);
			DublinCoreSchema dc = xmp.getDublinCoreSchema();
			return dc == null ? null : dc.getTitle();
		}
		catch (XmpParsingException ex) {
			throw new IOException("unreadable XMP metadata: " + ex.getMessage(), ex);
		}
	}

	private static void unembeddedFonts(PDResources resources, List<String> out, List<PDResources> seen)
			throws IOException {
		if (resources == null || seen.contains(resources)) {
			return;
		}
		seen.add(resources);
		for (COSName name : resources.getFontNames()) {
			PDFont font = resources.getFont(name);
			if (font != null && !font.isEmbedded()) {
				out.add(font.getName());
			}
		}
		for (COSName name : resources.getXObjectNames()) {
			PDXObject object = resources.getXObject(name);
			if (object instanceof PDFormXObject form) {
				unembeddedFonts(form.getResources(), out, seen);
			}
		}
	}

	private static void collect(PDStructureNode node, List<String> types) {
		for (Object kid : node.getKids()) {
			if (kid instanceof PDStructureElement element) {
				types.add(element.getStructureType());
				collect(element, types);
			}
			else if (kid instanceof PDMarkedContent) {
				// content only
			}
		}
	}

	private static int indexOf(List<String> pages, String text) {
		for (int i = 0; i < pages.size(); i++) {
			if (pages.get(i).contains(text)) {
				return i;
			}
		}
		return -1;
	}

	private static String firstWords(String text, int count) {
		String[] words = normalized(text).split(" ");
		return String.join(" ", java.util.Arrays.copyOf(words, Math.min(count, words.length)));
	}

	private static String normalized(String text) {
		return text.replaceAll("\\s+", " ").strip();
	}

	static final Set<String> HEADINGS = Set.of("H", "H1", "H2", "H3", "H4", "H5", "H6");

}
