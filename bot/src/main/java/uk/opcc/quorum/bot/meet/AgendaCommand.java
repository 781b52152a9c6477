package uk.opcc.quorum.bot.meet;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import uk.opcc.quorum.bot.card.Card;
import uk.opcc.quorum.bot.command.BotReply;
import uk.opcc.quorum.bot.command.CardActionHandler;
import uk.opcc.quorum.bot.command.CardActionRequest;
import uk.opcc.quorum.bot.command.CommandHandler;
import uk.opcc.quorum.bot.command.CommandRequest;
import uk.opcc.quorum.bot.command.Refusals;
import uk.opcc.quorum.bot.conversation.ConversationMemory;
import uk.opcc.quorum.bot.files.FileSources;
import uk.opcc.quorum.bot.security.Role;
import uk.opcc.quorum.scheduler.Board;
import uk.opcc.quorum.scheduler.Boards;
import uk.opcc.quorum.scheduler.Meeting;
import uk.opcc.quorum.scheduler.Meetings;

/**
 * The agenda of a board's next meeting, with a button to add an item; also a card action.
 */
@Component
class AgendaCommand implements CommandHandler, CardActionHandler {

	private final Meetings meetings;

	private final Boards boards;

	private final MeetCards cards;

	private final ConversationMemory memory;

	AgendaCommand(Meetings meetings, Boards boards, MeetCards cards, ConversationMemory memory) {
		this.meetings = meetings;
		this.boards = boards;
		this.cards = cards;
		this.memory = memory;
	}

	@Override
	public List<String> names() {
		return List.of("agenda");
	}

	@Override
	public String usage() {
		return "agenda <board>";
	}

	@Override
	public String description() {
		return "The agenda of a board's next meeting; add an item";
	}

	@Override
	public List<String> examples() {
		return List.of("what's on the {board} agenda?");
	}

	@Override
	public String verb() {
		return "meet.agenda";
	}

	@Override
	public Set<Role> allowedRoles() {
		return MeetRoles.OFFICE;
	}

	@Override
	public BotReply handle(CommandRequest request) {
		String code = request.text().isEmpty() ? null : request.text().split("\\s+")[0];
		if (code != null && request.conversation() != null) {
			Refusals.explain(() -> {
				MeetingChanges.remember(memory, request, meetings.current(code));
				return null;
			});
		}
		return agenda(code);
	}

	@Override
	public BotReply handle(CardActionRequest request) {
		return agenda(request.text("board"));
	}

	private BotReply agenda(String code) {
		return Refusals.explain(() -> {
			if (code == null || code.isBlank()) {
				return BotReply.text("Say which board: agenda SGB");
			}
			Meeting meeting = meetings.current(code);
			Board board = boards.get(meeting.boardCode());
			Card card = cards.meeting(meeting, board, "Agenda: " + board.code());
			card.action("Add an item", "meet.item-form", Map.of("meeting", meeting.id()));
			if (meeting.status() != Meeting.Status.CANCELLED) {
				card.action(FileSources.SEND_TITLE, FileSources.SEND, Map.of("kind", "agenda", "id", meeting.id()));
			}
			return BotReply.card(card);
		});
	}

}
