package uk.opcc.quorum.word;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

import uk.opcc.quorum.word.DocxChecks.Heading;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The layout on its own: what it writes passes {@link DocxChecks}; levels beyond 1 to 3
 * are clamped; a blank line starts a paragraph. The documents built on it are checked in
 * scheduler and decisions.
 */
class WordLayoutTests {

	@Test
	void layoutPassesTheChecks() throws IOException {
		byte[] docx;
		try (XWPFDocument document = WordLayout.document("The Office", "Title");
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			WordLayout.heading(document, 1, "Title");
			WordLayout.heading(document, 2, "Part");
			WordLayout.heading(document, 7, "Detail");
			WordLayout.text(document, "First line\nsame paragraph\n\nSecond paragraph");
			document.write(out);
			docx = out.toByteArray();
		}

		assertThat(DocxChecks.problems(docx,
				List.of(new Heading(1, "Title"), new Heading(2, "Part"), new Heading(3, "Detail"))))
			.isEmpty();
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
			assertThat(document.getParagraphs()).extracting(XWPFParagraph::getText)
				.containsExactly("Title", "Part", "Detail", "First line\nsame paragraph", "Second paragraph");
			assertThat(document.getProperties().getCoreProperties().getTitle()).isEqualTo("Title");
		}
	}

}
