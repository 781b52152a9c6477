package uk.opcc.quorum.knowledge.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

import uk.opcc.quorum.knowledge.IngestionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocumentParserTests {

	@Test
	void slideDeckExportKeepsHeadingsWithTheirBullets() {
		String deck = """



				The role of the PCC

				Chief Executive

				Police and Crime Commissioners

				- Replaced police authorities in 2012
				- Elected by the public of the force area



				The Office

				- Two statutory officers support the Commissioner
				""";
		ParsedDocument parsed = DocumentParser.parse("briefing.txt", deck.getBytes(StandardCharsets.UTF_8));

		assertThat(parsed.sections()).extracting(Section::heading)
			.containsExactly("The role of the PCC - Chief Executive - Police and Crime Commissioners", "The Office");
		assertThat(parsed.sections().get(0).text()).contains("Replaced police authorities in 2012")
			.contains("Elected by the public");
		assertThat(parsed.title()).isEqualTo("briefing");
	}

	@Test
	void markdownSplitsByHeadingAndKeepsTableRows() {
		String md = "# Budget\n\n## Precept\n\n| Band | Amount |\n|---|---|\n| D | 278.01 |\n\n## Reserves\n\nAt least 6%.\n";
		ParsedDocument parsed = DocumentParser.parse("budget.md", md.getBytes(StandardCharsets.UTF_8));
		assertThat(parsed.title()).isEqualTo("Budget");
		assertThat(parsed.sections()).extracting(Section::heading).containsExactly("Precept", "Reserves");
		assertThat(parsed.sections().get(0).text()).contains("D | 278.01");
	}

	@Test
	void htmlDropsScriptsAndReadsTables() {
		String html = "<html><head><title>Panel</title><script>alert(1)</script></head><body><h2>Members</h2>"
				+ "<p>Ten councillors.</p><table><tr><th>Name</th><td>Cllr Smith</td></tr></table></body></html>";
		ParsedDocument parsed = DocumentParser.parse("panel.html", html.getBytes(StandardCharsets.UTF_8));
		assertThat(parsed.title()).isEqualTo("Panel");
		assertThat(parsed.sections().get(0).text()).contains("Ten councillors.")
			.contains("Name | Cllr Smith")
			.doesNotContain("alert");
	}

	@Test
	void htmlReadsOnlyThePagesContent() {
		String html = """
				<html><head><title>Gifts and hospitality | OPCC for Kent</title></head><body>
				<div id="cookie-banner"><p>We use cookies to improve this site. Accept all cookies.</p></div>
				<header><a href="/">Home</a><nav><ul><li>About</li><li>Contact us</li></ul></nav></header>
				<div class="breadcrumb"><p>Home &gt; Transparency &gt; Gifts</p></div>
				<main><h1>Gifts and hospitality</h1>
				<p>Offers worth more than 50 pounds are declared within 28 days.</p>
				<table><tr><th>Post</th><th>Holder</th></tr><tr><td>Chief Executive</td><td>A. Example</td></tr></table>
				</main>
				<div class="feedback"><p>Was this page useful? Yes No</p></div>
				<footer><p>Copyright 2024 OPCC. Privacy policy.</p></footer>
				</body></html>""";
		ParsedDocument parsed = DocumentParser.parse("gifts.html", html.getBytes(StandardCharsets.UTF_8));
		String text = parsed.sections()
			.stream()
			.map(section -> section.heading() + "\n" + section.text())
			.reduce("", String::concat);
		assertThat(text).contains("declared within 28 days")
			.contains("Post: Chief Executive; Holder: A. Example")
			.doesNotContain("cookies")
			.doesNotContain("Contact us")
			.doesNotContain("Was this page useful")
			.doesNotContain("Copyright")
			.doesNotContain("Transparency");
		assertThat(parsed.title()).isEqualTo("Gifts and hospitality | OPCC for Kent");
	}

	@Test
	void aTableRowKeepsItsColumnNames() throws IOException {
		try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XWPFTable table = doc.createTable(3, 2);
			table.getRow(0).getCell(0).setText("Post");
			table.getRow(0).getCell(1).setText("Holder");
			table.getRow(1).getCell(0).setText("Chief Finance Officer");
			table.getRow(1).getCell(1).setText("Jo Bloggs");
			table.getRow(2).getCell(0).setText("Monitoring Officer");
			table.getRow(2).getCell(1).setText("Sam Doe");
			doc.write(out);
			ParsedDocument parsed = DocumentParser.parse("structure.docx", out.toByteArray());
			assertThat(parsed.sections().get(0).text()).contains("Post: Chief Finance Officer; Holder: Jo Bloggs")
				.contains("Post: Monitoring Officer; Holder: Sam Doe");
		}
	}

	@Test
	void slideTitlesHeadTheirBulletsAndTablesKeepColumnNames() throws IOException {
		try (XMLSlideShow show = new XMLSlideShow(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XSLFSlide slide = show.createSlide(show.getSlideMasters()
				.get(0)
				.getLayout(org.apache.poi.xslf.usermodel.SlideLayout.TITLE_AND_CONTENT));
			slide.getPlaceholder(0).setText("Reserves");
			slide.getPlaceholder(1).setText("General reserve 2.5% to 3%\nTotal reserves at least 6%");
			var table = slide.createTable(2, 2);
			table.getRows().get(0).getCells().get(0).setText("Year");
			table.getRows().get(0).getCells().get(1).setText("Forecast");
			table.getRows().get(1).getCells().get(0).setText("2024/25");
			table.getRows().get(1).getCells().get(1).setText("12.8m");
			show.write(out);
			ParsedDocument parsed = DocumentParser.parse("deck.pptx", out.toByteArray());
			assertThat(parsed.sections().get(0).heading()).isEqualTo("Reserves (slide 1)");
			assertThat(parsed.sections().get(0).text()).contains("Total reserves at least 6%")
				.contains("Year: 2024/25; Forecast: 12.8m")
				.doesNotContain("Reserves (slide");
		}
	}

	@Test
	void wordDocumentByHeadingStyleWithTables() throws IOException {
		try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			var heading = doc.createParagraph();
			heading.setStyle("Heading1");
			heading.createRun().setText("Sign-off");
			doc.createParagraph().createRun().setText("The Chief Finance Officer signs first.");
			XWPFTable table = doc.createTable(1, 2);
			table.getRow(0).getCell(0).setText("Officer");
			table.getRow(0).getCell(1).setText("Date");
			doc.write(out);
			ParsedDocument parsed = DocumentParser.parse("notice.docx", out.toByteArray());
			assertThat(parsed.sections()).hasSize(1);
			assertThat(parsed.sections().get(0).heading()).isEqualTo("Sign-off");
			assertThat(parsed.sections().get(0).text()).contains("signs first").contains("Officer | Date");
		}
	}

	@Test
	void slidesBecomeSectionsTitledBySlide() throws IOException {
		try (XMLSlideShow show = new XMLSlideShow(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XSLFSlide slide = show.createSlide();
			XSLFTextBox box = slide.createTextBox();
			box.setText("Victims funding is devolved by the Ministry of Justice.");
			show.write(out);
			ParsedDocument parsed = DocumentParser.parse("deck.pptx", out.toByteArray());
			assertThat(parsed.sections().get(0).heading()).isEqualTo("Slide 1");
			assertThat(parsed.sections().get(0).text()).contains("Ministry of Justice");
		}
	}

	@Test
	void spreadsheetRowsByTab() throws IOException {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			var row = book.createSheet("Reserves").createRow(0);
			row.createCell(0).setCellValue("General reserve");
			row.createCell(1).setCellValue("2.5% to 3%");
			book.write(out);
			ParsedDocument parsed = DocumentParser.parse("reserves.xlsx", out.toByteArray());
			assertThat(parsed.sections().get(0).heading()).isEqualTo("Sheet Reserves");
			assertThat(parsed.sections().get(0).text()).isEqualTo("General reserve | 2.5% to 3%");
		}
	}

	@Test
	void pdfLinesAreReflowedIntoParagraphs() throws IOException {
		ParsedDocument parsed = DocumentParser.parse("budget.pdf", pdf(null, "Budget and reserves",
				"The net revenue budget agreed by the commissioner for the financial year 2021/22 was",
				"GBP 183.1m, an increase on the year before and the largest in the region by some",
				"way. The office publishes every decision of significant public interest within five work-",
				"ing days of the decision being signed by the commissioner and the officers.", "Reserves",
				"- General reserve between 2.5% and 3% of the net revenue budget", "- Total reserves of at least 6%"));
		String text = parsed.sections().get(0).text();
		assertThat(text).contains("2021/22 was GBP 183.1m, an increase")
			.contains("within five working days")
			.contains("\nReserves\n")
			.contains("\n- General reserve between 2.5% and 3% of the net revenue budget\n- Total reserves");
	}

	@Test
	void pdfPageByPage() throws IOException {
		ParsedDocument parsed = DocumentParser.parse("plan.pdf",
				pdf(null, "Police and Crime Plan", "Six priorities for 2022."));
		assertThat(parsed.sections()).hasSize(1);
		assertThat(parsed.sections().get(0).heading()).isEqualTo("Police and Crime Plan (page 1)");
		assertThat(parsed.sections().get(0).text()).contains("Six priorities");
	}

	@Test
	void badFilesGetTheirOwnClearErrors() throws IOException {
		assertRefused("empty.pdf", new byte[0], "empty");
		assertRefused("tool.exe", new byte[] { 1 }, "'exe' cannot be indexed");
		assertRefused("noext", new byte[] { 1 }, "'(none)' cannot be indexed");
		assertRefused("latin.txt", "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1), "not UTF-8");
		assertRefused("corrupt.pdf", "%PDF-1.4 garbage".getBytes(StandardCharsets.UTF_8), "not a readable PDF");
		assertRefused("secret.pdf", pdf("owner-pass", "Secret", "Text"), "encrypted");
		assertRefused("corrupt.docx", "not a zip".getBytes(StandardCharsets.UTF_8), "not a valid .docx");
		assertRefused("blank.md", "   \n\n".getBytes(StandardCharsets.UTF_8), "no text");
		assertRefused("bomb.docx", zipBomb(), "zip bomb");
	}

	private static void assertRefused(String name, byte[] bytes, String reason) {
		assertThatThrownBy(() -> DocumentParser.parse(name, bytes)).isInstanceOf(IngestionException.class)
			.hasMessageStartingWith(name + ": ")
			.hasMessageContaining(reason);
	}

	private static byte[] pdf(String userPassword, String... lines) throws IOException {
		try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage();
			doc.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
				content.beginText();
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
				content.newLineAtOffset(72, 700);
				for (String line : List.of(lines)) {
					content.showText(line);
					content.newLineAtOffset(0, -16);
				}
				content.endText();
			}
			if (userPassword != null) {
				StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", userPassword,
						new AccessPermission());
				policy.setEncryptionKeyLength(128);
				doc.protect(policy);
			}
			doc.save(out);
			return out.toByteArray();
		}
	}

	/** A .docx-shaped zip whose document part inflates a thousandfold. */
	private static byte[] zipBomb() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
				.getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			byte[] zeros = new byte[1024 * 1024];
			for (int i = 0; i < 20; i++) {
				zip.write(zeros);
			}
			zip.closeEntry();
		}
		return out.toByteArray();
	}

}
