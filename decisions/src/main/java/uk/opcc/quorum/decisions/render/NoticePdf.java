package uk.opcc.quorum.decisions.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import uk.opcc.quorum.decisions.DecisionNotice;

/**
 * The notice as an A4 PDF in the standard Helvetica fonts (nothing to embed, nothing to
 * download).
 */
public final class NoticePdf {

	private static final float MARGIN = 56;

	private NoticePdf() {
	}

	public static byte[] of(DecisionNotice notice, String office) {
		PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
		PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
		try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Writer writer = new Writer(pdf);
			writer.paragraph(office, regular, 9);
			for (NoticeText.Line line : NoticeText.of(notice)) {
				writer.paragraph(line.text(), line.level() > 0 ? bold : regular,
						line.level() == 1 ? 15 : line.level() == 2 ? 12 : 10);
			}
			writer.close();
			pdf.getDocumentInformation().setTitle("Decision notice " + notice.reference());
			pdf.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Lays out paragraphs top to bottom, wrapping words and starting pages as needed. */
	private static final class Writer {

		private final PDDocument pdf;

		private PDPageContentStream content;

		private float y;

		Writer(PDDocument pdf) {
			this.pdf = pdf;
		}

		void paragraph(String text, PDType1Font font, float size) throws IOException {
			float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
			for (String line : wrap(printable(text, font), font, size, width)) {
				if (content == null || y < MARGIN + size) {
					newPage();
				}
				content.beginText();
				content.setFont(font, size);
				content.newLineAtOffset(MARGIN, y);
				content.showText(line);
				content.endText();
				y -= size * 1.4f;
			}
			y -= size * 0.6f;
		}

		private void newPage() throws IOException {
			close();
			PDPage page = new PDPage(PDRectangle.A4);
			pdf.addPage(page);
			content = new PDPageContentStream(pdf, page);
			y = PDRectangle.A4.getHeight() - MARGIN;
		}

		void close() throws IOException {
			if (content != null) {
				content.close();
			}
		}

		private static List<String> wrap(String text, PDType1Font font, float size, float width) throws IOException {
			List<String> lines = new ArrayList<>();
			StringBuilder line = new StringBuilder();
			for (String word : text.split("\\s+")) {
				String candidate = line.isEmpty() ? word : line + " " + word;
				if (font.getStringWidth(candidate) / 1000 * size > width && !line.isEmpty()) {
					lines.add(line.toString());
					line = new StringBuilder(word);
				}
				else {
					line = new StringBuilder(candidate);
				}
			}
			lines.add(line.toString());
			return lines;
		}

		/**
		 * The standard fonts cover Latin-1 and common punctuation; anything else is shown
		 * as '?'.
		 */
		private static String printable(String text, PDType1Font font) {
			StringBuilder out = new StringBuilder();
			text.codePoints().forEach(c -> {
				String ch = new String(Character.toChars(c));
				try {
					font.encode(ch);
					out.append(ch);
				}
				catch (IOException | IllegalArgumentException ex) {
					out.append('?');
				}
			});
			return out.toString();
		}

	}

}
