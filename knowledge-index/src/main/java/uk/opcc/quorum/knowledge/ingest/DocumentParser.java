package uk.opcc.quorum.knowledge.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

import org.apache.poi.EmptyFileException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.util.ZipSecureFile;

import uk.opcc.quorum.knowledge.IngestionException;

/**
 * Reads any supported file into sections, or refuses it with a message its owner can act
 * on. One bad file never stops the others: every failure is an {@link IngestionException}
 * naming the file.
 */
public final class DocumentParser {

	public static final Set<String> SUPPORTED = Set.of("pdf", "docx", "pptx", "xlsx", "html", "htm", "md", "markdown",
			"txt", "text");

	static {
		// A document inflating more than 100 times is treated as a zip bomb rather than
		// read into memory.
		ZipSecureFile.setMinInflateRatio(0.01);
	}

	private DocumentParser() {
	}

	public static ParsedDocument parse(String fileName, byte[] bytes) {
		if (bytes.length == 0) {
			throw new IngestionException(fileName, "the file is empty.");
		}
		String extension = extension(fileName);
		if (!SUPPORTED.contains(extension)) {
			throw new IngestionException(fileName, "files of type '" + (extension.isEmpty() ? "(none)" : extension)
					+ "' cannot be indexed; use PDF, DOCX, PPTX, XLSX, HTML, Markdown or plain text.");
		}
		ParsedDocument parsed = switch (extension) {
			case "pdf" -> PdfParser.parse(bytes, fileName);
			case "docx", "pptx", "xlsx" -> office(extension, bytes, fileName);
			case "html", "htm" -> HtmlParser.parse(utf8(bytes, fileName), null);
			case "md", "markdown" -> MarkdownParser.parse(utf8(bytes, fileName), null);
			default -> new ParsedDocument(null, PlainTextParser.sections(utf8(bytes, fileName)));
		};
		if (parsed.isEmpty()) {
			throw new IngestionException(fileName, "no text could be found in the file.");
		}
		String title = parsed.title() == null || parsed.title().isBlank() ? baseName(fileName) : parsed.title();
		return new ParsedDocument(title.strip(), parsed.sections());
	}

	private static ParsedDocument office(String extension, byte[] bytes, String fileName) {
		try {
			return switch (extension) {
				case "docx" -> OfficeParser.docx(bytes);
				case "pptx" -> OfficeParser.pptx(bytes);
				default -> OfficeParser.xlsx(bytes);
			};
		}
		catch (EmptyFileException ex) {
			throw new IngestionException(fileName, "the file is empty.", ex);
		}
		catch (NotOfficeXmlFileException ex) {
			throw new IngestionException(fileName, "the file is not a valid ." + extension
					+ " document (it may be encrypted, an old binary Office format, or damaged).", ex);
		}
		catch (IOException | RuntimeException ex) {
			String reason = String.valueOf(ex.getMessage());
			if (reason.contains("Zip bomb") || reason.contains("zip bomb") || reason.contains("exceeds the max")) {
				throw new IngestionException(fileName,
						"the document expands to far more than its size (a possible " + "zip bomb) and was not opened.",
						ex);
			}
			throw new IngestionException(fileName,
					"the ." + extension + " document could not be read (" + firstLine(reason) + ").", ex);
		}
	}

	private static String utf8(byte[] bytes, String fileName) {
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		}
		catch (CharacterCodingException ex) {
			throw new IngestionException(fileName, "the text is not UTF-8; save it as UTF-8 and upload it again.", ex);
		}
	}

	public static String extension(String fileName) {
		int dot = fileName.lastIndexOf('.');
		return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

	private static String baseName(String fileName) {
		String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
		int dot = name.lastIndexOf('.');
		return (dot > 0 ? name.substring(0, dot) : name).replace('_', ' ').replace('-', ' ');
	}

	private static String firstLine(String message) {
		return message.lines().findFirst().orElse("unknown error");
	}

}
