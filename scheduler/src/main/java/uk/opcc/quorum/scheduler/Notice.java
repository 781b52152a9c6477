package uk.opcc.quorum.scheduler;

import java.util.List;
import java.util.Map;

/**
 * A message the scheduler wants one person to receive in Teams.
 *
 * @param recipient a board member's id (Entra object id) or e-mail address
 * @param kind what it is about
 * @param title one line, also the notification's summary
 * @param lines the body, one line each
 * @param links buttons: title to address
 * @param meetingId the meeting it concerns, or null
 */
public record Notice(String recipient, Kind kind, String title, List<String> lines, Map<String, String> links,
		String meetingId) {

	public enum Kind {

		INVITATION, CANCELLATION, PAPERS_CHASER, AGENDA_ISSUED, DAY_BEFORE, HOUR_BEFORE, ACTION_DIGEST

	}

	public Notice {
		lines = List.copyOf(lines);
		links = Map.copyOf(links);
	}

}
