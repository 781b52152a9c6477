package uk.opcc.quorum.decisions.render;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import uk.opcc.quorum.decisions.Capacity;
import uk.opcc.quorum.decisions.DecisionNotice;
import uk.opcc.quorum.decisions.Sections;
import uk.opcc.quorum.decisions.Status;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The decision notice PDF as the Public Sector Bodies Accessibility Regulations 2018 ask:
 * tagged PDF/UA-1, in British English, titled, every font embedded, headings kept with
 * their text. A plain untagged PDF of the same notice fails each check, so the checks can
 * fail.
 */
class NoticePdfTests {

	private static final String OFFICE = "Office of the Police and Crime Commissioner for Anyshire";

	@Test
	void noticeIsTaggedTitledEnglishAndEmbedsItsFonts() throws IOException {
		byte[] pdf = NoticePdf.of(notice(3), OFFICE);

		assertThat(PdfChecks.structure(pdf)).isEmpty();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getDocumentInformation().getTitle())
				.isEqualTo("Decision notice 2027/004: Victims' referral service contract extension");
			assertThat(document.getDocumentInformation().getAuthor()).isEqualTo(OFFICE);
			assertThat(document.getPage(0).getMediaBox().getWidth()).isCloseTo(PDRectangle.A4.getWidth(),
					org.assertj.core.data.Offset.offset(1f));
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains(OFFICE).contains("Reasons for the decision").contains("Not yet signed.");
		}
	}

	@Test
	void headingsAreRealH1AndH2() throws IOException {
		DecisionNotice notice = notice(1);
		List<String> types = PdfChecks.structureTypes(NoticePdf.of(notice, OFFICE));

		long sections = NoticeText.of(notice).stream().filter(l -> l.level() == 2).count();
		assertThat(types).containsOnlyOnce("H1");
		assertThat(types.stream().filter("H2"::equals).count()).isEqualTo(sections);
		assertThat(types).contains("P");
		assertThat(types.indexOf("H1")).isLessThan(types.indexOf("H2"));
	}

	@Test
	void everyHeadingSharesAPageWithItsFirstParagraph() {
		// long sections of different lengths move the page breaks across the headings;
		// without page-break-after: avoid, 20 and 40 sentences leave a heading at the
		// foot of a page
		for (int sentences = 8; sentences <= 40; sentences += 4) {
			DecisionNotice notice = notice(sentences);
			byte[] pdf = NoticePdf.of(notice, OFFICE);
			assertThat(PdfChecks.headingsKeptWithNext(pdf, NoticeText.of(notice))).as("%d sentences", sentences)
				.isEmpty();
		}
	}

	@Test
	void passesVeraPdfAsPdfUa1AndPdfA2a() throws IOException {
		byte[] pdf = NoticePdf.of(notice(12), OFFICE, logo());

		assertThat(PdfChecks.verapdf(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
		assertThat(PdfChecks.verapdf(pdf, PDFAFlavour.PDFA_2_A)).isEmpty();
		assertThat(PdfChecks.structureTypes(pdf)).contains("Figure");
	}

	@Test
	void anUntaggedPdfOfTheSameNoticeFailsEveryCheck() throws IOException {
		DecisionNotice notice = notice(12);
		byte[] broken = untagged(notice);

		assertThat(PdfChecks.verapdf(broken, PDFAFlavour.PDFUA_1)).isNotEmpty();
		assertThat(PdfChecks.structure(broken)).anyMatch(p -> p.contains("MarkInfo"))
			.anyMatch(p -> p.contains("StructTreeRoot"))
			.anyMatch(p -> p.contains("not en-GB"))
			.anyMatch(p -> p.contains("dc:title"))
			.anyMatch(p -> p.contains("Helvetica-Bold") && p.contains("not embedded"));
		assertThat(PdfChecks.headingsKeptWithNext(broken, NoticeText.of(notice)))
			.anyMatch(p -> p.contains("is not followed there"));
		assertThat(PdfChecks.structureTypes(broken)).isEmpty();
	}

	@Test
	void textOutsideTheFontAndMarkupAreHarmless() throws IOException {
		DecisionNotice notice = new DecisionNotice("n1", "2027/005", 1, null, "Café <b>& \"quotes\"</b> 🚓 Ŵ",
				new Sections("First paragraph.\n\nSecond paragraph,\nwith a line break.", null, null, null, null, null,
						null, null, null, null, null, null, null),
				null, null, null, null, Status.DRAFT, List.of(), null, null, null, null, "a", Instant.EPOCH, 0);
		byte[] pdf = NoticePdf.of(notice, "Swyddfa <Comisiynydd>");

		assertThat(PdfChecks.structure(pdf)).isEmpty();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Café <b>& \"quotes\"</b>")
				.contains("Swyddfa <Comisiynydd>")
				.contains("Second paragraph,");
		}
	}

	/** A notice whose background runs to this many sentences. */
	static DecisionNotice notice(int sentences) {
		StringBuilder background = new StringBuilder();
		for (int i = 1; i <= sentences; i++) {
			background.append("Sentence ")
				.append(i)
				.append(" of the background sets out the history of the referral service, its funding from the"
						+ " victims' grant and the reasons the present contract cannot simply lapse. ");
			if (i % 5 == 0) {
				background.append("\n\n");
			}
		}
		Sections sections = new Sections("Extend the victims' referral service contract by twelve months.",
				"That the Police and Crime Commissioner approves a twelve-month extension.", background.toString(),
				"Extend; re-tender at once; bring the service in house. ".repeat(Math.max(1, sentences / 3)),
				"An extension keeps the service running while the tender is prepared.", "Victims' groups were asked.",
				"Officers support the extension.", "GBP 410,000 from the victims' grant.",
				"The contract allows one extension of up to a year.", "No adverse effect identified.", "None engaged.",
				"Provider capacity is monitored monthly. ".repeat(Math.max(1, sentences / 4)), "No material effect.");
		return new DecisionNotice("n1", "2027/004", 1, null, "Victims' referral service contract extension", sections,
				new DecisionNotice.Part2("secret", "commercially sensitive"), DecisionNotice.DecisionMaker.PCC,
				new DecisionNotice.SourceMeeting("SGB", "m1", LocalDate.of(2027, 2, 9), "Extend"), null,
				Status.AWAITING_PCC,
				List.of(new DecisionNotice.Review(Capacity.CHIEF_FINANCE_OFFICER, "Chris Finance",
						Instant.parse("2027-02-10T10:00:00Z"), true, null)),
				null, null, null, null, "staff-1", Instant.parse("2027-02-09T10:00:00Z"), 3);
	}

	/** A small PNG logo, made here. */
	static byte[] logo() throws IOException {
		BufferedImage image = new BufferedImage(120, 40, BufferedImage.TYPE_INT_RGB);
		var graphics = image.createGraphics();
		graphics.setColor(Color.WHITE);
		graphics.fillRect(0, 0, 120, 40);
		graphics.setColor(new Color(0, 48, 120));
		graphics.fillRect(4, 4, 32, 32);
		graphics.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	/**
	 * The notice as the old renderer drew it: plain PDFBox, standard Helvetica (not
	 * embedded), bold text for headings, no tags, no language, no title, and the first
	 * section heading left at the foot of page 1 with its text on page 2.
	 */
	static byte[] untagged(DecisionNotice notice) throws IOException {
		PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
		PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
		List<NoticeText.Line> lines = NoticeText.of(notice);
		try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			List<List<NoticeText.Line>> pages = new ArrayList<>();
			int firstSection = 0;
			while (lines.get(firstSection).level() != 2) {
				firstSection++;
			}
			pages.add(lines.subList(0, firstSection + 1));
			pages.add(lines.subList(firstSection + 1, lines.size()));
			for (List<NoticeText.Line> pageLines : pages) {
				PDPage page = new PDPage(PDRectangle.A4);
				pdf.addPage(page);
				try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
					float y = 780;
					for (NoticeText.Line line : pageLines) {
						content.beginText();
						content.setFont(line.level() > 0 ? bold : regular, line.level() > 0 ? 13 : 10);
						content.newLineAtOffset(56, pageLines.size() == firstSection + 1 && line.level() == 2 ? 60 : y);
						String text = line.text().replaceAll("\\s+", " ");
						content.showText(text.substring(0, Math.min(90, text.length())));
						content.endText();
						y -= 16;
					}
				}
			}
			pdf.save(out);
			return out.toByteArray();
		}
	}

}
