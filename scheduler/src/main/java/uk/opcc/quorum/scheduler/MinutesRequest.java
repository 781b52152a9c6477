package uk.opcc.quorum.scheduler;

import java.util.List;

/** What the secretary records for a meeting; replaces what was recorded before. */
public record MinutesRequest(List<String> present, List<String> apologies, List<String> declarations,
		List<Minutes.ItemMinutes> items) {
}
