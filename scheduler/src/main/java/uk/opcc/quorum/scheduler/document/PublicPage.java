package uk.opcc.quorum.scheduler.document;

import java.util.ArrayList;
import java.util.List;

import uk.opcc.quorum.scheduler.AgendaItem;
import uk.opcc.quorum.scheduler.Board;
import uk.opcc.quorum.scheduler.Meeting;
import uk.opcc.quorum.scheduler.Minutes;
import uk.opcc.quorum.scheduler.PublicMeeting;

/**
 * What the Specified Information Order asks an office to publish about a public meeting:
 * date, time and place, the agenda and papers, and the minutes once approved. Exempt
 * items show neither title nor paper, nor their minutes; draft minutes show nothing.
 */
public final class PublicPage {

	private PublicPage() {
	}

	public static PublicMeeting meeting(Meeting meeting, Board board) {
		List<PublicMeeting.Item> agenda = meeting.items()
			.stream()
			.map(item -> item.exempt() ? new PublicMeeting.Item(null, true, null)
					: new PublicMeeting.Item(item.title(), false, item.paper()))
			.toList();
		return new PublicMeeting(meeting.id(), board.code(), board.name(), meeting.localStart(), meeting.localEnd(),
				place(meeting), meeting.status() == Meeting.Status.CANCELLED, meeting.papersDeadline(), agenda,
				minutes(meeting));
	}

	private static PublicMeeting.PublishedMinutes minutes(Meeting meeting) {
		Minutes minutes = meeting.minutes();
		if (minutes == null || !minutes.approved()) {
			return null;
		}
		List<PublicMeeting.ItemMinutes> items = new ArrayList<>();
		for (AgendaItem item : meeting.items()) {
			Minutes.ItemMinutes noted = MinutesRecord.noted(minutes, item);
			if (!item.exempt() && noted != null) {
				items.add(new PublicMeeting.ItemMinutes(item.title(), noted.discussion(), noted.decisions()));
			}
		}
		return new PublicMeeting.PublishedMinutes(minutes.approval().at().atZone(Meeting.LONDON).toLocalDate(),
				minutes.present(), minutes.apologies(), items);
	}

	private static String place(Meeting meeting) {
		String place = meeting.location() == null ? "" : meeting.location();
		return meeting.online() ? (place.isEmpty() ? "Online" : place + ", and broadcast online") : place;
	}

}
