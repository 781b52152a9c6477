package uk.opcc.quorum.bot.meet;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.opcc.quorum.scheduler.AgendaItem;
import uk.opcc.quorum.scheduler.Meeting;
import uk.opcc.quorum.scheduler.Minutes;

/**
 * A meeting as the REST API shows it: times with their Europe/London offset, and where
 * its documents are.
 */
record MeetingView(String id, String board, OffsetDateTime start, OffsetDateTime end, String location, boolean online,
		String status, LocalDate papersDeadline, int sequence, String joinUrl, List<AgendaItem> items, Minutes minutes,
		Map<String, String> links) {

	static MeetingView of(Meeting meeting) {
		Map<String, String> links = new LinkedHashMap<>();
		String self = "/api/meetings/" + meeting.id();
		links.put("self", self);
		links.put("ics", self + "/ics");
		links.put("agenda", self + "/agenda");
		links.put("minutes", self + "/minutes");
		return new MeetingView(meeting.id(), meeting.boardCode(), meeting.localStart().toOffsetDateTime(),
				meeting.localEnd().toOffsetDateTime(), meeting.location(), meeting.online(), meeting.status().name(),
				meeting.papersDeadline(), meeting.sequence(), meeting.joinUrl(), meeting.items(), meeting.minutes(),
				links);
	}

}
