package uk.opcc.quorum.decisions;

import org.springframework.stereotype.Service;

import uk.opcc.quorum.decisions.render.NoticeDocx;
import uk.opcc.quorum.decisions.render.NoticeMarkdown;
import uk.opcc.quorum.decisions.render.NoticePdf;

/** A notice as Markdown, DOCX and PDF: Part 1 only, whatever its status. */
@Service
public class NoticeDocuments {

	private final Decisions decisions;

	private final DecisionsProperties properties;

	public NoticeDocuments(Decisions decisions, DecisionsProperties properties) {
		this.decisions = decisions;
		this.properties = properties;
	}

	public String markdown(String id) {
		return NoticeMarkdown.of(decisions.get(id), properties.office());
	}

	public byte[] docx(String id) {
		return NoticeDocx.of(decisions.get(id), properties.office());
	}

	public byte[] pdf(String id) {
		return NoticePdf.of(decisions.get(id), properties.office());
	}

}
