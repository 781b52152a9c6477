package uk.opcc.quorum.bot.meet;

import java.util.Set;

import org.springframework.stereotype.Component;

import uk.opcc.quorum.bot.files.FileSource;
import uk.opcc.quorum.bot.files.FileSummary;
import uk.opcc.quorum.bot.files.OutgoingFile;
import uk.opcc.quorum.bot.security.Role;
import uk.opcc.quorum.scheduler.Board;
import uk.opcc.quorum.scheduler.Boards;
import uk.opcc.quorum.scheduler.Meeting;
import uk.opcc.quorum.scheduler.MeetingDocuments;
import uk.opcc.quorum.scheduler.Meetings;
import uk.opcc.quorum.scheduler.SchedulerProperties;
import uk.opcc.quorum.scheduler.SchedulingException;

/**
 * A meeting's agenda pack as the Word document {@code GET
 * /api/meetings/{id}/agenda?format=docx} serves, for the office roles that may read
 * meetings. {@code send agenda <board>} means the meeting the board is working towards,
 * as {@code agenda <board>} shows it.
 */
@Component
class AgendaFiles implements FileSource {

	private final Meetings meetings;

	private final Boards boards;

	private final MeetingDocuments documents;

	private final String publicUrl;

	AgendaFiles(Meetings meetings, Boards boards, MeetingDocuments documents, SchedulerProperties properties) {
		this.meetings = meetings;
		this.boards = boards;
		this.documents = documents;
		this.publicUrl = properties.publicUrl().toString().replaceAll("/$", "");
	}

	@Override
	public String kind() {
		return "agenda";
	}

	@Override
	public String usage() {
		return "agenda <board>";
	}

	@Override
	public Set<Role> allowedRoles() {
		return MeetRoles.OFFICE;
	}

	@Override
	public String find(String words) {
		return meetings.current(words.strip().split("\\s+")[0]).id();
	}

	@Override
	public FileSummary describe(String id) {
		Meeting meeting = sendable(id);
		Board board = boards.get(meeting.boardCode());
		return new FileSummary(board.code() + " agenda pack, " + meeting.localStart().format(MeetCards.DAY),
				"agenda " + board.code(),
				board.publicBoard() ? publicUrl + "/boards/" + board.code() + "/" + meeting.id() : null);
	}

	@Override
	public OutgoingFile make(String id) {
		Meeting meeting = sendable(id);
		return new OutgoingFile("agenda-" + meeting.boardCode() + "-" + meeting.localStart().toLocalDate() + ".docx",
				documents.agendaDocx(meeting.id()));
	}

	private Meeting sendable(String id) {
		Meeting meeting = meetings.get(id);
		if (meeting.status() == Meeting.Status.CANCELLED) {
			throw SchedulingException.conflict("The " + meeting.boardCode() + " meeting of "
					+ meeting.localStart().format(MeetCards.DAY) + " has been cancelled, so its agenda is not sent.");
		}
		return meeting;
	}

}
