package uk.opcc.quorum.knowledge.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/**
 * Word by heading styles, PowerPoint slide by slide (title as heading), Excel sheet by
 * sheet; tables as rows.
 */
final class OfficeParser {

	private OfficeParser() {
	}

	static ParsedDocument docx(byte[] bytes) throws IOException {
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
			List<Section> sections = new ArrayList<>();
			String heading = "";
			String title = doc.getProperties().getCoreProperties().getTitle();
			StringBuilder body = new StringBuilder();
			for (IBodyElement element : doc.getBodyElements()) {
				if (element instanceof XWPFParagraph paragraph) {
					String style = paragraph.getStyle() == null ? "" : paragraph.getStyle().toLowerCase();
					String text = paragraph.getText().strip();
					if (text.isEmpty()) {
						continue;
					}
					if (style.startsWith("heading") || style.equals("title")) {
						flush(sections, heading, body);
						heading = text;
						if (title == null || title.isBlank()) {
							title = text;
						}
					}
					else {
						body.append(paragraph.getNumID() != null ? "- " : "").append(text).append('\n');
					}
				}
				else if (element instanceof XWPFTable table) {
					TableRows
						.lines(table.getRows()
							.stream()
							.map(row -> row.getTableCells().stream().map(cell -> cell.getText()).toList())
							.toList())
						.forEach(line -> body.append(line).append('\n'));
				}
			}
			flush(sections, heading, body);
			return new ParsedDocument(title, sections);
		}
	}

	static ParsedDocument pptx(byte[] bytes) throws IOException {
		try (XMLSlideShow show = new XMLSlideShow(new ByteArrayInputStream(bytes))) {
			List<Section> sections = new ArrayList<>();
			String title = null;
			for (XSLFSlide slide : show.getSlides()) {
				String slideTitle = slide.getTitle() == null ? "" : slide.getTitle().strip();
				StringBuilder body = new StringBuilder();
				for (XSLFShape shape : slide.getShapes()) {
					if (shape instanceof XSLFTextShape text && !text.getText().strip().equals(slideTitle)) {
						text.getTextParagraphs().forEach(p -> {
							String line = p.getText().strip();
							if (!line.isEmpty()) {
								body.append(p.isBullet() ? "- " : "").append(line).append('\n');
							}
						});
					}
					else if (shape instanceof XSLFTable table) {
						TableRows
							.lines(table.getRows()
								.stream()
								.map(row -> row.getCells().stream().map(cell -> cell.getText()).toList())
								.toList())
							.forEach(line -> body.append(line).append('\n'));
					}
				}
				String heading = (slideTitle.isEmpty() ? "Slide " + slide.getSlideNumber()
						: slideTitle + " (slide " + slide.getSlideNumber() + ")");
				if (title == null && !slideTitle.isEmpty()) {
					title = slideTitle;
				}
				sections.add(new Section(heading, body.toString().strip()));
			}
			return new ParsedDocument(title, sections);
		}
	}

	static ParsedDocument xlsx(byte[] bytes) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			DataFormatter format = new DataFormatter();
			List<Section> sections = new ArrayList<>();
			for (Sheet sheet : workbook) {
				StringBuilder body = new StringBuilder();
				for (Row row : sheet) {
					List<String> cells = new ArrayList<>();
					for (Cell cell : row) {
						String value = format.formatCellValue(cell).strip();
						if (!value.isEmpty()) {
							cells.add(value);
						}
					}
					if (!cells.isEmpty()) {
						body.append(String.join(" | ", cells)).append('\n');
					}
				}
				sections.add(new Section("Sheet " + sheet.getSheetName(), body.toString().strip()));
			}
			return new ParsedDocument(null, sections);
		}
	}

	private static void flush(List<Section> sections, String heading, StringBuilder body) {
		String text = body.toString().strip();
		if (!text.isEmpty()) {
			sections.add(new Section(heading, text));
		}
		body.setLength(0);
	}

}
