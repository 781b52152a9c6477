package uk.opcc.quorum.scheduler;

import java.time.OffsetDateTime;

/**
 * A meeting to schedule, or a change to one (null fields keep what is there).
 *
 * @param boardCode the board (ignored for a change)
 * @param start when it starts, with its offset
 * @param end when it ends
 * @param location room or address
 * @param online whether it has a Teams link; the board's setting when null
 */
public record MeetingRequest(String boardCode, OffsetDateTime start, OffsetDateTime end, String location,
		Boolean online) {
}
