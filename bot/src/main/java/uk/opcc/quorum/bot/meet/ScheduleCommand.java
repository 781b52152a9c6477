package uk.opcc.quorum.bot.meet;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import uk.opcc.quorum.bot.command.BotReply;
import uk.opcc.quorum.bot.command.CommandHandler;
import uk.opcc.quorum.bot.command.CommandRequest;
import uk.opcc.quorum.bot.command.Refusals;
import uk.opcc.quorum.bot.security.Role;
import uk.opcc.quorum.scheduler.Board;
import uk.opcc.quorum.scheduler.Boards;
import uk.opcc.quorum.scheduler.MeetingPlanner;
import uk.opcc.quorum.scheduler.Meetings;
import uk.opcc.quorum.scheduler.ProposedMeeting;

/**
 * Opens the scheduling card with the board's next proposed slot filled in and its clashes
 * shown.
 */
@Component
class ScheduleCommand implements CommandHandler {

	private final Boards boards;

	private final MeetingPlanner planner;

	private final Meetings meetings;

	private final MeetCards cards;

	ScheduleCommand(Boards boards, MeetingPlanner planner, Meetings meetings, MeetCards cards) {
		this.boards = boards;
		this.planner = planner;
		this.meetings = meetings;
		this.cards = cards;
	}

	@Override
	public List<String> names() {
		return List.of("schedule");
	}

	@Override
	public String usage() {
		return "schedule <board>";
	}

	@Override
	public String description() {
		return "Schedule a board's next meeting";
	}

	@Override
	public Set<Role> allowedRoles() {
		return MeetRoles.SECRETARIAT;
	}

	@Override
	public BotReply handle(CommandRequest request) {
		return Refusals.explain(() -> {
			if (request.text().isEmpty()) {
				return BotReply.text("Say which board: schedule "
						+ String.join(" | ", boards.all().stream().map(Board::code).toList()));
			}
			Board board = boards.get(request.text().split("\\s+")[0]);
			// The slot after the last meeting already scheduled, so the card proposes
			// something new.
			java.time.LocalDate from = meetings.upcoming(board.code(), 100)
				.stream()
				.map(m -> m.localStart().toLocalDate().plusDays(1))
				.reduce((a, b) -> b)
				.orElse(meetings.today().plusDays(1));
			ProposedMeeting next = planner.plan(board.code(), from, 1).get(0);
			return BotReply.card(cards.scheduleForm(board, next));
		});
	}

}
