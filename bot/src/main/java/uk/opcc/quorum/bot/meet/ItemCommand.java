package uk.opcc.quorum.bot.meet;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

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
import uk.opcc.quorum.scheduler.Member;

/**
 * "add the estates strategy to the SGB agenda", "add a paper on custody to it": the form
 * for the item, filled in from the request; its button adds it.
 */
@Component
class ItemCommand implements CommandHandler {

	private final Meetings meetings;

	private final Boards boards;

	private final People people;

	private final MeetCards cards;

	private final ConversationMemory memory;

	ItemCommand(Meetings meetings, Boards boards, People people, MeetCards cards, ConversationMemory memory) {
		this.meetings = meetings;
		this.boards = boards;
		this.people = people;
		this.cards = cards;
		this.memory = memory;
	}

	@Override
	public List<String> names() {
		return List.of("item");
	}

	@Override
	public String usage() {
		return "add the estates strategy to the SGB agenda";
	}

	@Override
	public String description() {
		return "Put an item or a paper on a meeting's agenda (you confirm first)";
	}

	@Override
	public List<String> examples() {
		return List.of("add an item to the {board} agenda");
	}

	@Override
	public Set<Role> allowedRoles() {
		return MeetRoles.OFFICE;
	}

	@Override
	public BotReply handle(CommandRequest request) {
		return Refusals.explain(() -> {
			Meeting meeting = MeetingChanges.target(meetings, memory, request);
			if (meeting == null) {
				return BotReply.text("Say which board's agenda, e.g. add the estates strategy to the SGB agenda.");
			}
			MeetingChanges.remember(memory, request, meeting);
			Board board = boards.get(meeting.boardCode());
			String owner = people.on(board, request.caller()).map(Member::id).orElse(null);
			return BotReply.card(cards.itemForm(board, meeting, owner, request.slots().topic()));
		});
	}

}
