package uk.opcc.quorum.scheduler.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;

import uk.opcc.quorum.scheduler.ActionItem;
import uk.opcc.quorum.scheduler.AgendaItem;
import uk.opcc.quorum.scheduler.Board;
import uk.opcc.quorum.scheduler.Meeting;
import uk.opcc.quorum.scheduler.Member;
import uk.opcc.quorum.scheduler.Minutes;
import uk.opcc.quorum.word.DocxChecks;
import uk.opcc.quorum.word.DocxChecks.Heading;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Agendas and minutes as Word documents an office can publish: A4, the office's name in
 * the header, the title a Heading 1 and each part a Heading 2 in styles the document
 * defines. Bold text standing in for headings, as the writer used to do, fails the same
 * checks.
 */
class WordDocumentsTests {

	private static final String OFFICE = "Office of the Police and Crime Commissioner for Anyshire";

	private static final Board BOARD = new Board("PAF", "Police Accountability Forum", true,
			List.of(new Member("cc@force.test", "Chief Constable", "cc@force.test", Member.Role.MEMBER)),
			"FREQ=MONTHLY;BYDAY=4TH", LocalTime.of(14, 0), Duration.ofHours(2), "Police Headquarters", true, 5,
			List.of("Apologies"), Board.HolidayPolicy.NEXT_WORKING_DAY);

	private static final AgendaItem APOLOGIES = new AgendaItem("i1", "Apologies", null, null,
			AgendaItem.Purpose.INFORMATION, true, false, false, null, null);

	private static final AgendaItem RESPONSE = new AgendaItem("i2", "Response times", "cc@force.test",
			"https://opcc.example.org/paf/response.pdf", AgendaItem.Purpose.DISCUSSION, false, false, false,
			"cc@force.test", Instant.parse("2027-01-20T10:00:00Z"));

	private static final Meeting MEETING = new Meeting("m1", "PAF", Instant.parse("2027-01-28T14:00:00Z"),
			Instant.parse("2027-01-28T16:00:00Z"), "Police Headquarters", true, Meeting.Status.SCHEDULED,
			LocalDate.of(2027, 1, 21), 0, null, null, List.of(APOLOGIES, RESPONSE),
			new Minutes(List.of("Commissioner", "Chief Constable"), List.of(), List.of(),
					List.of(new Minutes.ItemMinutes("i2", "Urban response times improved.\n\nRural ones did not.",
							List.of("A rural plan by March."))),
					"paf.sec@opcc.test", Instant.parse("2027-01-28T17:00:00Z"), null),
			1);

	@Test
	void agendaHasWordHeadingsOnA4WithTheOffice() throws IOException {
		byte[] docx = AgendaPack.docx(MEETING, BOARD, OFFICE);

		assertThat(DocxChecks.problems(docx,
				List.of(new Heading(1, "Police Accountability Forum: agenda"), new Heading(2, "Agenda"))))
			.isEmpty();
		assertOfficeAndTitle(docx, "Police Accountability Forum: agenda");
	}

	@Test
	void minutesHaveAHeadingPerItem() throws IOException {
		List<ActionItem> actions = List.of(new ActionItem("a1", "PAF", "m1", "Rural response plan", "Chief Constable",
				LocalDate.of(2027, 3, 1), ActionItem.Status.OPEN, null, null, null));
		byte[] docx = MinutesRecord.docx(MEETING, BOARD, actions, OFFICE);

		assertThat(DocxChecks.problems(docx, List.of(new Heading(1, "Police Accountability Forum: minutes"),
				new Heading(2, "1. Apologies"), new Heading(2, "2. Response times"), new Heading(2, "Actions"))))
			.isEmpty();
		assertOfficeAndTitle(docx, "Police Accountability Forum: minutes");
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
			assertThat(document.getParagraphs()).extracting(XWPFParagraph::getText)
				.contains("Urban response times improved.", "Rural ones did not.", "Decided: A rural plan by March.");
		}
	}

	@Test
	void boldLinesForHeadingsFailTheChecks() throws IOException {
		assertThat(DocxChecks.problems(boldHeadings(),
				List.of(new Heading(1, "Police Accountability Forum: agenda"), new Heading(2, "Agenda"))))
			.anyMatch(p -> p.contains("not A4"))
			.anyMatch(p -> p.contains("'Agenda' is bold body text"))
			.anyMatch(p -> p.contains("has style null, not Heading2"))
			.anyMatch(p -> p.contains("style Title") || p.contains("has style Title, not Heading1"));
	}

	private static void assertOfficeAndTitle(byte[] docx, String title) throws IOException {
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
			assertThat(document.getHeaderList()).anyMatch(h -> h.getText().contains(OFFICE));
			assertThat(document.getProperties().getCoreProperties().getTitle()).isEqualTo(title);
			assertThat(document.getStyles().getStyle("Heading2").getCTStyle().getPPr().getKeepNext()).isNotNull();
		}
	}

	/**
	 * The agenda as the writer used to make it: POI's defaults, bold runs as headings.
	 */
	private static byte[] boldHeadings() throws IOException {
		try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XWPFParagraph title = doc.createParagraph();
			title.setStyle("Title");
			XWPFRun titleRun = title.createRun();
			titleRun.setBold(true);
			titleRun.setFontSize(18);
			titleRun.setText("Police Accountability Forum: agenda");
			XWPFRun heading = doc.createParagraph().createRun();
			heading.setBold(true);
			heading.setFontSize(13);
			heading.setText("Agenda");
			doc.createParagraph().createRun().setText("1. Apologies");
			doc.write(out);
			return out.toByteArray();
		}
	}

}
