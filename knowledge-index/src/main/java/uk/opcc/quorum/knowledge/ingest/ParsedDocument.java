package uk.opcc.quorum.knowledge.ingest;

import java.util.List;

/** What a parser read from a file: its title and its sections in order. */
public record ParsedDocument(String title, List<Section> sections) {

	public boolean isEmpty() {
		return sections.stream().allMatch(section -> section.text().isBlank());
	}

}
