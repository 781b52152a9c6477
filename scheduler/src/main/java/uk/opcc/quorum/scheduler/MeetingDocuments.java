package uk.opcc.quorum.scheduler;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;

import uk.opcc.quorum.scheduler.board.BoardStore;
import uk.opcc.quorum.scheduler.calendar.Invitation;
import uk.opcc.quorum.scheduler.document.AgendaPack;
import uk.opcc.quorum.scheduler.document.MinutesRecord;
import uk.opcc.quorum.scheduler.document.PublicPage;
import uk.opcc.quorum.scheduler.meeting.ActionStore;
import uk.opcc.quorum.scheduler.meeting.MeetingStore;

/**
 * A meeting's documents: invitation, agenda pack, minutes, and what the public may read
 * about a public board's meetings.
 */
@Service
public class MeetingDocuments {

	private final MeetingStore meetings;

	private final BoardStore boards;

	private final ActionStore actions;

	private final SchedulerProperties properties;

	private final Clock clock;

	public MeetingDocuments(MeetingStore meetings, BoardStore boards, ActionStore actions,
			SchedulerProperties properties, Clock clock) {
		this.meetings = meetings;
		this.boards = boards;
		this.actions = actions;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * The invitation as it stands: REQUEST (PUBLISH when nobody has an e-mail), or CANCEL
	 * once cancelled.
	 */
	public String invitation(String meetingId) {
		Meeting meeting = meeting(meetingId);
		return Invitation.of(meeting, board(meeting), properties.organizer(), properties.defaultOrganizer(),
				clock.instant());
	}

	public String agendaMarkdown(String meetingId) {
		Meeting meeting = meeting(meetingId);
		return AgendaPack.markdown(meeting, board(meeting));
	}

	public byte[] agendaDocx(String meetingId) {
		Meeting meeting = meeting(meetingId);
		return AgendaPack.docx(meeting, board(meeting), properties.office());
	}

	public String minutesMarkdown(String meetingId) {
		Meeting meeting = withMinutes(meetingId);
		return MinutesRecord.markdown(meeting, board(meeting), actionsOf(meeting));
	}

	public byte[] minutesDocx(String meetingId) {
		Meeting meeting = withMinutes(meetingId);
		return MinutesRecord.docx(meeting, board(meeting), actionsOf(meeting), properties.office());
	}

	/**
	 * A public board's meeting as the public may read it; a private board's meetings have
	 * no public page.
	 */
	public PublicMeeting publicMeeting(String boardCode, String meetingId) {
		Board board = publicBoard(boardCode);
		Meeting meeting = meetings.find(meetingId)
			.filter(m -> m.boardCode().equals(board.code()))
			.orElseThrow(() -> SchedulingException.notFound("There is no such " + board.code() + " meeting."));
		return PublicPage.meeting(meeting, board);
	}

	/** Every meeting of a public board, cancelled ones too, earliest first. */
	public List<PublicMeeting> publicMeetings(String boardCode) {
		Board board = publicBoard(boardCode);
		return meetings.ofBoard(board.code()).stream().map(m -> PublicPage.meeting(m, board)).toList();
	}

	/** The boards whose meetings are published, by code. */
	public List<Board> publicBoards() {
		return boards.all().stream().filter(Board::publicBoard).toList();
	}

	/** A board whose meetings are published; any other code is not found. */
	public Board publicBoard(String code) {
		return boards.find(code)
			.filter(Board::publicBoard)
			.orElseThrow(() -> SchedulingException.notFound("There is no public board " + code + "."));
	}

	private List<ActionItem> actionsOf(Meeting meeting) {
		return actions.find(new ActionQuery(null, null, meeting.id(), null));
	}

	private Meeting withMinutes(String meetingId) {
		Meeting meeting = meeting(meetingId);
		if (meeting.minutes() == null) {
			throw SchedulingException.notFound("No minutes are recorded for meeting " + meetingId + " yet.");
		}
		return meeting;
	}

	private Meeting meeting(String id) {
		return meetings.find(id).orElseThrow(() -> SchedulingException.notFound("There is no meeting " + id + "."));
	}

	private Board board(Meeting meeting) {
		return boards.find(meeting.boardCode())
			.orElseThrow(() -> SchedulingException.notFound("Board " + meeting.boardCode() + " no longer exists."));
	}

}
