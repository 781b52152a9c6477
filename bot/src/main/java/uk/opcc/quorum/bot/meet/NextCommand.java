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

/** The next meetings of one board or of all; candidates see the public boards only. */
@Component
class NextCommand implements CommandHandler {

	private final Meetings meetings;

	private final Boards boards;

	private final ConversationMemory memory;

	NextCommand(Meetings meetings, Boards boards, ConversationMemory memory) {
		this.meetings = meetings;
		this.boards = boards;
		this.memory = memory;
	}

	@Override
	public List<String> names() {
		return List.of("next", "meetings");
	}

	@Override
	public String usage() {
		return "next [board]";
	}

	@Override
	public String description() {
		return "The next board meetings";
	}

	@Override
	public List<String> examples() {
		return List.of("when is the next {board}?");
	}

	@Override
	public Set<Role> allowedRoles() {
		return MeetRoles.EVERYONE;
	}

	@Override
	public BotReply handle(CommandRequest request) {
		return Refusals.explain(() -> {
			if ("after".equalsIgnoreCase(request.text())) {
				return after(request);
			}
			String board = request.text().isEmpty() ? null : request.text().split("\\s+")[0];
			boolean publicOnly = !request.caller().hasAny(MeetRoles.OFFICE);
			List<Meeting> next = meetings.upcoming(board, 20)
				.stream()
				.filter(m -> !publicOnly || boards.get(m.boardCode()).publicBoard())
				.limit(8)
				.toList();
			if (board != null && !next.isEmpty()) {
				MeetingChanges.remember(memory, request, next.get(0));
			}
			if (next.isEmpty()) {
				return BotReply
					.text("No " + (board == null ? "" : board.toUpperCase() + " ") + "meeting is scheduled.");
			}
			Card card = Card.create().heading("Next meetings");
			for (Meeting meeting : next) {
				Board b = boards.get(meeting.boardCode());
				card.text(line(b, meeting));
			}
			if (board != null && !publicOnly) {
				card.action("Agenda of the next " + next.get(0).boardCode(), "meet.agenda",
						java.util.Map.of("board", next.get(0).boardCode()));
			}
			return BotReply.card(card);
		});
	}

	/**
	 * "and the one after?": the board's meeting after the one last spoken of in this
	 * conversation.
	 */
	private BotReply after(CommandRequest request) {
		var recent = MeetingChanges.recent(memory, request);
		if (recent.isEmpty() || recent.get().meeting() == null) {
			return BotReply.text("After which meeting? Say the board, e.g. next SGB.");
		}
		Meeting last = meetings.get(recent.get().meeting());
		Board board = boards.get(last.boardCode());
		if (!board.publicBoard() && !request.caller().hasAny(MeetRoles.OFFICE)) {
			return BotReply.text("After which meeting? Say the board, e.g. next PAF.");
		}
		Meeting following = meetings.upcoming(board.code(), 100)
			.stream()
			.filter(m -> m.start().isAfter(last.start()))
			.findFirst()
			.orElse(null);
		if (following == null) {
			return BotReply.text("No " + board.code() + " meeting is scheduled after " + MeetCards.when(last) + ".");
		}
		MeetingChanges.remember(memory, request, following);
		return BotReply
			.card(Card.create().heading("The " + board.code() + " meeting after that").text(line(board, following)));
	}

	/** "**SGB** Tuesday 12 January 2027, 10:00 to 12:00, Room 1" */
	private static String line(Board board, Meeting meeting) {
		return "**" + board.code() + "** " + MeetCards.when(meeting)
				+ (meeting.location() == null ? "" : ", " + meeting.location());
	}

}
