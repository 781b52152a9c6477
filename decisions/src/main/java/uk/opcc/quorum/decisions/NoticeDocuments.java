package uk.opcc.quorum.decisions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.stereotype.Service;

import uk.opcc.quorum.decisions.render.NoticeDocx;
import uk.opcc.quorum.decisions.render.NoticeMarkdown;
import uk.opcc.quorum.decisions.render.NoticePdf;

/** A notice as Markdown, DOCX and PDF: Part 1 only, whatever its status. */
@Service
public class NoticeDocuments {

	private final Decisions decisions;

	private final DecisionsProperties properties;

	private final byte[] logo;

	public NoticeDocuments(Decisions decisions, DecisionsProperties properties) {
		this.decisions = decisions;
		this.properties = properties;
		this.logo = logo(properties.logo());
	}

	public String markdown(String id) {
		return NoticeMarkdown.of(decisions.get(id), properties.office());
	}

	public byte[] docx(String id) {
		return NoticeDocx.of(decisions.get(id), properties.office());
	}

	public byte[] pdf(String id) {
		return NoticePdf.of(decisions.get(id), properties.office(), logo);
	}

	/** The configured logo, read once at start: a missing or unreadable file stops it. */
	private static byte[] logo(Path file) {
		if (file == null) {
			return null;
		}
		try {
			return NoticePdf.logo(Files.readAllBytes(file));
		}
		catch (IOException | IllegalArgumentException ex) {
			throw new IllegalStateException("quorum.decisions.logo: cannot use " + file.toAbsolutePath()
					+ " as the office logo (" + ex.getMessage() + "); give a PNG or JPEG file, or leave it unset", ex);
		}
	}

}
