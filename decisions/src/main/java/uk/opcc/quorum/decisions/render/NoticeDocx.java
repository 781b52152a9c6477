package uk.opcc.quorum.decisions.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;

import uk.opcc.quorum.decisions.DecisionNotice;
import uk.opcc.quorum.word.WordLayout;

/**
 * The notice as an A4 Word document with the office's name in the page header: the
 * notice's title is a Heading 1 and each section's name a Heading 2 (see
 * {@link WordLayout}).
 */
public final class NoticeDocx {

	private NoticeDocx() {
	}

	public static byte[] of(DecisionNotice notice, String office) {
		List<NoticeText.Line> lines = NoticeText.of(notice);
		try (XWPFDocument doc = WordLayout.document(office, lines.get(0).text());
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (NoticeText.Line line : lines) {
				if (line.level() > 0) {
					WordLayout.heading(doc, line.level(), line.text());
				}
				else {
					WordLayout.text(doc, line.text());
				}
			}
			doc.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
