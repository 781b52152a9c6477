package uk.opcc.quorum.scheduler;

import java.time.LocalDate;

/**
 * A decision written in a meeting's minutes: what a decision notice can start from
 * (linked by meeting id).
 *
 * @param meetingId the meeting
 * @param boardCode its board
 * @param meetingDate the day it met
 * @param itemTitle the agenda item
 * @param text the decision as minuted
 */
public record RecordedDecision(String meetingId, String boardCode, LocalDate meetingDate, String itemTitle,
		String text) {
}
