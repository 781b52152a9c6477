package uk.opcc.quorum.word;

import java.math.BigInteger;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * A Word document laid out as the office publishes: A4 with 2.54 cm margins, the office's
 * name in the page header, British English, and Word's own Normal, Heading 1 to 3 and
 * header styles defined in the styles part, so headings are real headings (the navigation
 * pane, screen readers and an exported PDF's bookmarks all find them) rather than bold
 * text. Shared by the scheduler's agendas and minutes and the decisions module's notices.
 */
public final class WordLayout {

	/** A4 in twentieths of a point. */
	private static final int A4_WIDTH = 11906;

	private static final int A4_HEIGHT = 16838;

	/** 2.54 cm. */
	private static final int MARGIN = 1440;

	private static final String FONT = "Arial";

	private WordLayout() {
	}

	/**
	 * A new document with the styles, page and header set, and {@code title} as its title
	 * property.
	 */
	public static XWPFDocument document(String office, String title) {
		XWPFDocument document = new XWPFDocument();
		styles(document.createStyles());
		XWPFParagraph header = document.createHeader(HeaderFooterType.DEFAULT).createParagraph();
		header.setStyle("Header");
		header.setAlignment(ParagraphAlignment.RIGHT);
		header.createRun().setText(office);
		page(document);
		document.getProperties().getCoreProperties().setTitle(title);
		document.getProperties().getCoreProperties().setCreator(office);
		return document;
	}

	/** A heading paragraph: level 1 to 3 is the style Heading1 to Heading3. */
	public static void heading(XWPFDocument document, int level, String text) {
		XWPFParagraph paragraph = document.createParagraph();
		paragraph.setStyle("Heading" + Math.max(1, Math.min(3, level)));
		paragraph.createRun().setText(text);
	}

	/**
	 * Body text: a blank line starts a new paragraph, a single line break stays a line
	 * break.
	 */
	public static void text(XWPFDocument document, String text) {
		for (String block : text.strip().split("\\R\\s*\\R")) {
			XWPFParagraph paragraph = document.createParagraph();
			String[] lines = block.strip().split("\\R");
			for (int i = 0; i < lines.length; i++) {
				var run = paragraph.createRun();
				if (i > 0) {
					run.addBreak();
				}
				run.setText(lines[i].strip());
			}
		}
	}

	private static void page(XWPFDocument document) {
		CTBody body = document.getDocument().getBody();
		CTSectPr section = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
		CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
		size.setW(BigInteger.valueOf(A4_WIDTH));
		size.setH(BigInteger.valueOf(A4_HEIGHT));
		CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
		margins.setTop(BigInteger.valueOf(MARGIN));
		margins.setBottom(BigInteger.valueOf(MARGIN));
		margins.setLeft(BigInteger.valueOf(MARGIN));
		margins.setRight(BigInteger.valueOf(MARGIN));
		margins.setHeader(BigInteger.valueOf(708));
		margins.setFooter(BigInteger.valueOf(708));
		margins.setGutter(BigInteger.ZERO);
	}

	private static void styles(XWPFStyles styles) {
		CTStyles all = CTStyles.Factory.newInstance();
		CTDocDefaults defaults = all.addNewDocDefaults();
		CTRPr text = defaults.addNewRPrDefault().addNewRPr();
		CTFonts fonts = text.addNewRFonts();
		fonts.setAscii(FONT);
		fonts.setHAnsi(FONT);
		fonts.setCs(FONT);
		fonts.setEastAsia(FONT);
		text.addNewSz().setVal(BigInteger.valueOf(22));
		text.addNewSzCs().setVal(BigInteger.valueOf(22));
		text.addNewLang().setVal("en-GB");
		CTSpacing spacing = defaults.addNewPPrDefault().addNewPPr().addNewSpacing();
		spacing.setAfter(BigInteger.valueOf(160));
		spacing.setLine(BigInteger.valueOf(276));
		spacing.setLineRule(STLineSpacingRule.AUTO);
		styles.setStyles(all);

		CTStyle normal = style("Normal", "Normal", null);
		normal.setDefault(true);
		styles.addStyle(new XWPFStyle(normal, styles));
		styles.addStyle(new XWPFStyle(heading(1, 32, 360), styles));
		styles.addStyle(new XWPFStyle(heading(2, 26, 280), styles));
		styles.addStyle(new XWPFStyle(heading(3, 24, 240), styles));
		CTStyle header = style("Header", "header", "Normal");
		header.addNewPPr().addNewSpacing().setAfter(BigInteger.ZERO);
		header.addNewRPr().addNewSz().setVal(BigInteger.valueOf(18));
		styles.addStyle(new XWPFStyle(header, styles));
	}

	/**
	 * Word's built-in "heading N": bold, kept with the next paragraph, at outline level N
	 * - 1.
	 */
	private static CTStyle heading(int level, int halfPoints, int spaceBefore) {
		CTStyle style = style("Heading" + level, "heading " + level, "Normal");
		style.addNewUiPriority().setVal(BigInteger.valueOf(9));
		CTPPrGeneral paragraph = style.addNewPPr();
		paragraph.addNewKeepNext();
		paragraph.addNewKeepLines();
		CTSpacing spacing = paragraph.addNewSpacing();
		spacing.setBefore(BigInteger.valueOf(spaceBefore));
		spacing.setAfter(BigInteger.valueOf(120));
		paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1L));
		CTRPr run = style.addNewRPr();
		run.addNewB();
		run.addNewBCs();
		run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
		run.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
		return style;
	}

	private static CTStyle style(String id, String name, String basedOn) {
		CTStyle style = CTStyle.Factory.newInstance();
		style.setStyleId(id);
		style.setType(STStyleType.PARAGRAPH);
		style.addNewName().setVal(name);
		if (basedOn != null) {
			style.addNewBasedOn().setVal(basedOn);
			style.addNewNext().setVal("Normal");
		}
		if (!"header".equals(name)) {
			style.addNewQFormat();
		}
		return style;
	}

}
