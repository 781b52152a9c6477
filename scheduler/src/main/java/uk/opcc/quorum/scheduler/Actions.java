package uk.opcc.quorum.scheduler;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;

import uk.opcc.quorum.scheduler.board.BoardStore;
import uk.opcc.quorum.scheduler.meeting.ActionStore;
import uk.opcc.quorum.scheduler.meeting.MeetingStore;

/** Actions agreed at meetings, owned by board members and chased until closed. */
@Service
public class Actions {

	private final ActionStore actions;

	private final MeetingStore meetings;

	private final BoardStore boards;

	private final Clock clock;

	public Actions(ActionStore actions, MeetingStore meetings, BoardStore boards, Clock clock) {
		this.actions = actions;
		this.meetings = meetings;
		this.boards = boards;
		this.clock = clock;
	}

	/** Adds the actions agreed at a meeting, all or none. */
	public List<ActionItem> add(String meetingId, List<ActionRequest> requests) {
		Meeting meeting = meetings.find(meetingId)
			.orElseThrow(() -> SchedulingException.notFound("There is no meeting " + meetingId + "."));
		if (meeting.start().isAfter(clock.instant())) {
			throw SchedulingException.conflict("Actions are agreed at the meeting; meeting " + meetingId + " starts "
					+ meeting.localStart() + ".");
		}
		Board board = boards.find(meeting.boardCode()).orElseThrow();
		LocalDate today = LocalDate.now(clock.withZone(Meeting.LONDON));
		List<ActionItem> created = requests.stream().map(r -> action(meeting, board, r, today)).toList();
		if (created.isEmpty()) {
			throw SchedulingException.invalid("Give at least one action: description, owner and due date.");
		}
		actions.insertAll(created);
		return created;
	}

	private static ActionItem action(Meeting meeting, Board board, ActionRequest request, LocalDate today) {
		if (request.description() == null || request.description().isBlank()) {
			throw SchedulingException.invalid("Every action needs a description.");
		}
		if (request.owner() == null || request.owner().isBlank()) {
			throw SchedulingException.invalid("Every action needs an owner from " + board.code() + ".");
		}
		if (request.due() == null || request.due().isBefore(today)) {
			throw SchedulingException
				.invalid("The action '" + request.description().strip() + "' needs a due date from today on.");
		}
		return new ActionItem(UUID.randomUUID().toString(), board.code(), meeting.id(), request.description().strip(),
				Agendas.owner(board, request.owner()), request.due(), ActionItem.Status.OPEN, null, null, null);
	}

	public ActionItem close(String id, String by, String note) {
		ActionItem action = get(id);
		if (action.status() == ActionItem.Status.CLOSED) {
			throw SchedulingException.conflict("Action " + id + " was already closed by " + action.closedBy() + ".");
		}
		ActionItem closed = action.close(by, clock.instant(), note == null || note.isBlank() ? null : note.strip());
		if (!actions.replaceOpen(closed)) {
			throw SchedulingException.conflict("Action " + id + " was closed by someone else a moment ago.");
		}
		return closed;
	}

	public ActionItem get(String id) {
		return actions.find(id).orElseThrow(() -> SchedulingException.notFound("There is no action " + id + "."));
	}

	public List<ActionItem> find(ActionQuery query) {
		return actions.find(query);
	}

}
