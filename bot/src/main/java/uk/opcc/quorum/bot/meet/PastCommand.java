package uk.opcc.quorum.bot.meet;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import uk.opcc.quorum.bot.card.Card;
import uk.opcc.quorum.bot.command.BotReply;
import uk.opcc.quorum.bot.command.CommandHandler;
import uk.opcc.quorum.bot.command.CommandRequest;
import uk.opcc.quorum.bot.command.Refusals;
import uk.opcc.quorum.bot.conversation.ConversationMemory;
import uk.opcc.quorum.bot.security.Role;
import uk.opcc.quorum.scheduler.Board;
import uk.opcc.quorum.scheduler.Boards;
import uk.opcc.quorum.scheduler.Meeting;
import uk.opcc.quorum.scheduler.Meetings;

/** "when was the last PAF?": a board's meetings already held, latest first. */
@Component
class PastCommand implements CommandHandler {

	private final Meetings meetings;

	private final Boards boards;

	private final ConversationMemory memory;

	PastCommand(Meetings meetings, Boards boards, ConversationMemory memory) {
		this.meetings = meetings;
		this.boards = boards;
		this.memory = memory;
	}

	@Override
	public List<String> names() {
		return List.of("past");
	}

	@Override
	public String usage() {
		return "when was the last PAF?";
	}

	@Override
	public String description() {
		return "A board's meetings already held";
	}

	@Override
	public List<String> examples() {
		return List.of("when was the last {board}?");
	}

	@Override
	public Set<Role> allowedRoles() {
		return MeetRoles.EVERYONE;
	}

	@Override
	public BotReply handle(CommandRequest request) {
		return Refusals.explain(() -> {
			String code = request.text().isEmpty() ? null : request.text().split("\\s+")[0];
			if (code == null) {
				return BotReply.text("Say which board, e.g. when was the last PAF?");
			}
			Board board = boards.get(code);
			if (!board.publicBoard() && !request.caller().hasAny(MeetRoles.OFFICE)) {
				return BotReply.text("The " + board.code() + " meets in private; its meetings are not published.");
			}
			List<Meeting> held = meetings.held(board.code(), 6);
			if (held.isEmpty()) {
				return BotReply.text("No " + board.code() + " meeting has been held yet.");
			}
			MeetingChanges.remember(memory, request, held.get(0));
			Card card = Card.create().heading(board.code() + " meetings held").subtle(board.name());
			for (Meeting meeting : held) {
				card.text(MeetCards.when(meeting) + (meeting.status() == Meeting.Status.CANCELLED ? " (cancelled)"
						: meeting.minutes() != null ? " (minuted)" : ""));
			}
			return BotReply.card(card);
		});
	}

}
