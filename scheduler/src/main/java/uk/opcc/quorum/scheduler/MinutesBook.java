package uk.opcc.quorum.scheduler;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;

import uk.opcc.quorum.scheduler.meeting.MeetingStore;

/**
 * Minutes: recorded during or after the meeting, approved at the board's next meeting,
 * then published if public.
 */
@Service
public class MinutesBook {

	private final MeetingStore store;

	private final Clock clock;

	public MinutesBook(MeetingStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	public Meeting record(String meetingId, MinutesRequest request, String by) {
		Meeting meeting = meeting(meetingId);
		requireHeld(meeting, "Minutes can be recorded");
		if (meeting.minutes() != null && meeting.minutes().approved()) {
			throw SchedulingException
				.conflict("The minutes of meeting " + meetingId + " are approved and can no longer be changed.");
		}
		List<Minutes.ItemMinutes> items = request.items() == null ? List.of() : request.items();
		for (Minutes.ItemMinutes item : items) {
			if (item.itemId() == null || meeting.item(item.itemId()).isEmpty()) {
				throw SchedulingException
					.invalid("Meeting " + meetingId + " has no agenda item " + item.itemId() + ".");
			}
		}
		List<String> present = clean(request.present());
		List<String> both = clean(request.apologies()).stream()
			.filter(a -> present.stream().anyMatch(a::equalsIgnoreCase))
			.toList();
		if (!both.isEmpty()) {
			throw SchedulingException
				.invalid(String.join(", ", both) + " cannot be both present and giving apologies.");
		}
		Minutes minutes = new Minutes(present, clean(request.apologies()), clean(request.declarations()),
				items.stream()
					.map(i -> new Minutes.ItemMinutes(i.itemId(), strip(i.discussion()), clean(i.decisions())))
					.toList(),
				by, clock.instant(), null);
		return store.update(meeting.withMinutes(minutes));
	}

	/**
	 * Approves a meeting's minutes at the board's next meeting, which must have started.
	 */
	public Meeting approve(String meetingId, String atMeetingId, String by) {
		Meeting meeting = meeting(meetingId);
		if (meeting.minutes() == null) {
			throw SchedulingException.conflict("No minutes are recorded for meeting " + meetingId + " yet.");
		}
		if (meeting.minutes().approved()) {
			throw SchedulingException.conflict("The minutes of meeting " + meetingId + " are already approved.");
		}
		Meeting at = meeting(atMeetingId);
		Meeting next = store.from(meeting.boardCode(), meeting.start().plusSeconds(1), 1)
			.stream()
			.findFirst()
			.orElse(null);
		if (next == null || !next.id().equals(at.id())) {
			throw SchedulingException.invalid(
					"Minutes are approved at the board's next meeting" + (next == null ? ", and none is scheduled yet."
							: ": " + next.id() + " on " + next.localStart().toLocalDate() + "."));
		}
		requireHeld(at, "Minutes can be approved");
		return store
			.update(meeting.withMinutes(meeting.minutes().approve(new Minutes.Approval(at.id(), by, clock.instant()))));
	}

	public List<RecordedDecision> decisions(String meetingId) {
		Meeting meeting = meeting(meetingId);
		List<RecordedDecision> decisions = new ArrayList<>();
		if (meeting.minutes() != null) {
			for (Minutes.ItemMinutes item : meeting.minutes().items()) {
				String title = meeting.item(item.itemId()).map(AgendaItem::title).orElse(item.itemId());
				item.decisions()
					.forEach(d -> decisions.add(new RecordedDecision(meeting.id(), meeting.boardCode(),
							meeting.localStart().toLocalDate(), title, d)));
			}
		}
		return decisions;
	}

	private void requireHeld(Meeting meeting, String what) {
		if (meeting.status() == Meeting.Status.CANCELLED) {
			throw SchedulingException.conflict("Meeting " + meeting.id() + " was cancelled.");
		}
		if (meeting.start().isAfter(clock.instant())) {
			throw SchedulingException.conflict(what + " once the meeting has started (" + meeting.localStart() + ").");
		}
	}

	private Meeting meeting(String id) {
		return store.find(id).orElseThrow(() -> SchedulingException.notFound("There is no meeting " + id + "."));
	}

	private static List<String> clean(List<String> lines) {
		return lines == null ? List.of() : lines.stream().map(MinutesBook::strip).filter(s -> s != null).toList();
	}

	private static String strip(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
