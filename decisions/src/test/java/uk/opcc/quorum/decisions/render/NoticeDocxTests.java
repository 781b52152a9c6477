package uk.opcc.quorum.decisions.render;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;

import uk.opcc.quorum.decisions.DecisionNotice;
import uk.opcc.quorum.word.DocxChecks;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The notice as Word: A4, real Heading 1 and Heading 2 paragraphs whose styles the
 * document defines, the office in the header. A document with bold text for headings, as
 * the renderer used to write, fails the same checks.
 */
class NoticeDocxTests {

	private static final String OFFICE = "Office of the Police and Crime Commissioner for Anyshire";

	@Test
	void headingsAreWordHeadingsOnA4() throws IOException {
		DecisionNotice notice = NoticePdfTests.notice(6);
		byte[] docx = NoticeDocx.of(notice, OFFICE);

		assertThat(DocxChecks.problems(docx, headings(notice))).isEmpty();
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			assertThat(document.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
			assertThat(document.getStyles().getStyle("Heading3")).isNotNull();
			assertThat(document.getHeaderList()).anyMatch(h -> h.getText().contains(OFFICE));
			assertThat(document.getProperties().getCoreProperties().getTitle())
				.isEqualTo("Decision notice 2027/004: Victims' referral service contract extension");
			assertThat(document.getDocument().getBody().getSectPr().getPgMar().getLeft()).hasToString("1440");
			assertThat(extractor.getText()).contains("Sentence 6 of the background").doesNotContain("secret");
			// a blank line in a section starts a new paragraph
			assertThat(document.getParagraphs()).filteredOn(p -> p.getText().startsWith("Sentence 6")).hasSize(1);
		}
	}

	@Test
	void boldTextForHeadingsFailsTheChecks() throws IOException {
		DecisionNotice notice = NoticePdfTests.notice(6);

		assertThat(DocxChecks.problems(boldHeadings(notice), headings(notice))).anyMatch(p -> p.contains("not A4"))
			.anyMatch(p -> p.contains("is bold body text, not a heading paragraph"))
			.anyMatch(p -> p.contains("has style null, not Heading2"))
			.anyMatch(p -> p.contains("style Heading1 of") && p.contains("is not in the styles part"));
	}

	private static List<DocxChecks.Heading> headings(DecisionNotice notice) {
		return NoticeText.of(notice)
			.stream()
			.filter(l -> l.level() > 0)
			.map(l -> new DocxChecks.Heading(l.level(), l.text()))
			.toList();
	}

	/**
	 * The notice as the renderer used to write it: Letter (POI's default), the title
	 * given a style id the document does not define, sections as bold runs in body text.
	 */
	private static byte[] boldHeadings(DecisionNotice notice) throws IOException {
		try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			doc.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText(OFFICE);
			for (NoticeText.Line line : NoticeText.of(notice)) {
				XWPFParagraph paragraph = doc.createParagraph();
				XWPFRun run = paragraph.createRun();
				if (line.level() == 1) {
					paragraph.setStyle("Heading1");
				}
				run.setBold(line.level() > 0);
				run.setText(line.text());
			}
			doc.write(out);
			return out.toByteArray();
		}
	}

}
