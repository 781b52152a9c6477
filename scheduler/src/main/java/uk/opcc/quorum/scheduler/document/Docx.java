package uk.opcc.quorum.scheduler.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/** A Word document written top to bottom: headings, lines and numbered entries. */
final class Docx implements AutoCloseable {

	private final XWPFDocument document = new XWPFDocument();

	Docx title(String text) {
		XWPFParagraph paragraph = document.createParagraph();
		paragraph.setStyle("Title");
		paragraph.setAlignment(ParagraphAlignment.LEFT);
		XWPFRun run = paragraph.createRun();
		run.setBold(true);
		run.setFontSize(18);
		run.setText(text);
		return this;
	}

	Docx heading(String text) {
		XWPFParagraph paragraph = document.createParagraph();
		XWPFRun run = paragraph.createRun();
		run.setBold(true);
		run.setFontSize(13);
		run.setText(text);
		return this;
	}

	Docx line(String text) {
		document.createParagraph().createRun().setText(text);
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
