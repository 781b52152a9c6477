package uk.opcc.quorum.decisions.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

import uk.opcc.quorum.decisions.DecisionNotice;

/** The notice as a Word document with the office's name in the page header. */
public final class NoticeDocx {

	private NoticeDocx() {
	}

	public static byte[] of(DecisionNotice notice, String office) {
		try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XWPFParagraph header = doc.createHeader(HeaderFooterType.DEFAULT).createParagraph();
			header.setAlignment(ParagraphAlignment.RIGHT);
			header.createRun().setText(office);
			for (NoticeText.Line line : NoticeText.of(notice)) {
				XWPFParagraph paragraph = doc.createParagraph();
				XWPFRun run = paragraph.createRun();
				if (line.level() > 0) {
					paragraph.setStyle(line.level() == 1 ? "Title" : "Heading1");
					run.setBold(true);
					run.setFontSize(line.level() == 1 ? 16 : 13);
				}
				run.setText(line.text());
			}
			doc.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
