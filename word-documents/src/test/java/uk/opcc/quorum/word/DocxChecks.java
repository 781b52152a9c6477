package uk.opcc.quorum.word;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * What a published Word document must be for the accessibility regulations: A4, headings
 * as paragraphs in heading styles that the styles part defines (with an outline level, so
 * Word's navigation pane lists them), heading levels in order, and no bold body text
 * passing for a heading. Answers the problems found, none when it passes. Published in
 * this module's test-jar for the scheduler's and the decisions module's tests.
 */
public final class DocxChecks {

	/** A text that must be a heading paragraph, and its level (1 for Heading 1). */
	public record Heading(int level, String text) {
	}

	private DocxChecks() {
	}

	/**
	 * @param headings the texts that must be heading paragraphs, with their level
	 */
	public static List<String> problems(byte[] docx, List<Heading> headings) {
		List<String> problems = new ArrayList<>();
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
			CTSectPr section = document.getDocument().getBody().getSectPr();
			CTPageSz size = section == null ? null : section.getPgSz();
			if (size == null || !BigInteger.valueOf(11906).equals(size.getW())
					|| !BigInteger.valueOf(16838).equals(size.getH())) {
				problems.add("page is not A4 (11906 x 16838 twips): "
						+ (size == null ? "no page size" : size.getW() + " x " + size.getH()));
			}
			int previous = 0;
			for (XWPFParagraph paragraph : document.getParagraphs()) {
				String text = paragraph.getText().strip();
				if (text.isEmpty()) {
					continue;
				}
				Integer level = headingLevel(document, paragraph, problems);
				if (level != null) {
					if (level > previous + 1) {
						problems.add("heading '" + text + "' at level " + (level + 1) + " skips a level");
					}
					previous = level + 1;
				}
				else if (allBold(paragraph)) {
					problems.add("'" + text + "' is bold body text, not a heading paragraph (style "
							+ paragraph.getStyleID() + ")");
				}
			}
			for (Heading heading : headings) {
				XWPFParagraph paragraph = document.getParagraphs()
					.stream()
					.filter(p -> p.getText().strip().equals(heading.text()))
					.findFirst()
					.orElse(null);
				if (paragraph == null) {
					problems.add("heading '" + heading.text() + "' not found");
				}
				else if (!("Heading" + heading.level()).equals(paragraph.getStyleID())) {
					problems.add("'" + heading.text() + "' has style " + paragraph.getStyleID() + ", not Heading"
							+ heading.level());
				}
			}
		}
		catch (IOException ex) {
			problems.add("not a readable DOCX: " + ex.getMessage());
		}
		return problems;
	}

	/**
	 * The outline level (0 for Heading 1) of a paragraph in a heading style, or null for
	 * body text; a heading style missing from the styles part, or without an outline
	 * level, is a problem.
	 */
	private static Integer headingLevel(XWPFDocument document, XWPFParagraph paragraph, List<String> problems) {
		String id = paragraph.getStyleID();
		if (id == null || !id.startsWith("Heading")) {
			return null;
		}
		XWPFStyle style = document.getStyles() == null ? null : document.getStyles().getStyle(id);
		if (style == null) {
			problems.add("style " + id + " of '" + paragraph.getText() + "' is not in the styles part");
			return null;
		}
		var properties = style.getCTStyle().getPPr();
		if (properties == null || properties.getOutlineLvl() == null) {
			problems.add("style " + id + " has no outline level: the navigation pane will not list it");
			return null;
		}
		return properties.getOutlineLvl().getVal().intValue();
	}

	private static boolean allBold(XWPFParagraph paragraph) {
		List<XWPFRun> runs = paragraph.getRuns().stream().filter(r -> !r.text().isBlank()).toList();
		return !runs.isEmpty() && runs.stream().allMatch(XWPFRun::isBold);
	}

}
