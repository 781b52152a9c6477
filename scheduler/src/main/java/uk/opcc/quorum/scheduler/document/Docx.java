package uk.opcc.quorum.scheduler.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

import uk.opcc.quorum.word.WordLayout;

/**
 * A Word document written top to bottom: a title (Heading 1), headings (Heading 2), lines
 * and labelled lines, on A4 with the office's name in the page header (see
 * {@link WordLayout}).
 */
final class Docx implements AutoCloseable {

	private final XWPFDocument document;

	/**
	 * @param office printed in the page header
	 * @param title the document's title property and its Heading 1
	 */
	Docx(String office, String title) {
		this.document = WordLayout.document(office, title);
		WordLayout.heading(this.document, 1, title);
	}

	Docx heading(String text) {
		WordLayout.heading(document, 2, text);
		return this;
	}

	Docx line(String text) {
		WordLayout.text(document, text);
		return this;
	}

	Docx labelled(String label, String text) {
		XWPFParagraph paragraph = document.createParagraph();
		XWPFRun bold = paragraph.createRun();
		bold.setBold(true);
		bold.setText(label + ": ");
		paragraph.createRun().setText(text);
		return this;
	}

	byte[] bytes() {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		try {
			document.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
