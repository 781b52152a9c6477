package uk.opcc.quorum.knowledge.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

import uk.opcc.quorum.knowledge.IngestionException;

/**
 * PDF page by page; a page's first short line serves as its heading, as slides printed to
 * PDF have titles there.
 */
final class PdfParser {

	private PdfParser() {
	}

	static ParsedDocument parse(byte[] bytes, String fileName) {
		try (PDDocument pdf = Loader.loadPDF(bytes)) {
			if (pdf.isEncrypted() && !pdf.getCurrentAccessPermission().canExtractContent()) {
				throw new IngestionException(fileName, "the PDF is protected against text extraction.");
			}
			PDFTextStripper stripper = new PDFTextStripper();
			List<Section> sections = new ArrayList<>();
			for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
				stripper.setStartPage(page);
				stripper.setEndPage(page);
				String text = stripper.getText(pdf).strip();
				if (text.isEmpty()) {
					continue;
				}
				String first = text.lines().findFirst().orElse("").strip();
				boolean titled = PlainTextParser.looksLikeHeading(first) && text.lines().count() > 1;
				String heading = titled ? first + " (page " + page + ")" : "Page " + page;
				String body = titled ? text.substring(text.indexOf(first) + first.length()).strip() : text;
				sections.add(new Section(heading, Reflow.paragraphs(body)));
			}
			String title = pdf.getDocumentInformation().getTitle();
			return new ParsedDocument(title == null || title.isBlank() ? null : title.strip(), sections);
		}
		catch (InvalidPasswordException ex) {
			throw new IngestionException(fileName, "the PDF is encrypted with a password; upload an unprotected copy.",
					ex);
		}
		catch (IOException ex) {
			throw new IngestionException(fileName, "the file is not a readable PDF (" + ex.getMessage() + ").", ex);
		}
	}

}
