package uk.opcc.quorum.bot.meet;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import uk.opcc.quorum.bot.card.Card;
import uk.opcc.quorum.bot.command.BotReply;
import uk.opcc.quorum.bot.command.CardActionHandler;
import uk.opcc.quorum.bot.command.CardActionRequest;
import uk.opcc.quorum.bot.command.CommandHandler;
import uk.opcc.quorum.bot.command.CommandRequest;
import uk.opcc.quorum.bot.command.Refusals;
import uk.opcc.quorum.bot.security.Role;
import uk.opcc.quorum.scheduler.Board;
import uk.opcc.quorum.scheduler.Boards;
import uk.opcc.quorum.scheduler.Meeting;
import uk.opcc.quorum.scheduler.MeetingPlanner;
import uk.opcc.quorum.scheduler.Meetings;
import uk.opcc.quorum.scheduler.ProposedMeeting;
import uk.opcc.quorum.scheduler.when.WhenResult;

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
	public List<String> examples() {
		return List.of("book the {board} for the first Tuesday in March at 10");
	}

	@Override
	public Set<Role> allowedRoles() {
		return MeetRoles.SECRETARIAT;
	}

	@Override
	public BotReply handle(CommandRequest request) {
		return Refusals.explain(() -> {
			String code = request.slots().board() != null ? request.slots().board()
					: request.text().isEmpty() ? null : request.text().split("\\s+")[0];
			if (code == null) {
				return BotReply.text("Say which board: schedule "
						+ String.join(" | ", boards.all().stream().map(Board::code).toList()));
			}
			Board board = boards.get(code);
			WhenResult when = request.slots().when();
			if (when instanceof WhenResult.Invalid invalid) {
				return BotReply.text(invalid.sentence() + " Nothing was scheduled.");
			}
			if (when instanceof WhenResult.InThePast past) {
				return BotReply.text(past.sentence() + " Nothing was scheduled.");
			}
			if (when instanceof WhenResult.Ambiguous ambiguous) {
				Card card = Card.create().heading("Schedule " + board.code() + ": which did you mean?");
				card.text(ambiguous.sentence());
				for (WhenResult.Reading option : ambiguous.options()) {
					ProposedMeeting proposed = asked(board, option);
					card.action(proposed.start().format(MeetCards.DAY) + ", " + proposed.start().format(MeetCards.TIME),
							"meet.schedule-form",
							java.util.Map.of("board", board.code(), "date", proposed.start().toLocalDate().toString(),
									"start", proposed.start().toLocalTime().toString()));
				}
				return BotReply.card(card);
			}
			if (when instanceof WhenResult.Found found) {
				return BotReply.card(cards.scheduleForm(board, asked(board, found)));
			}
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

	/**
	 * The meeting as asked for: on the day named, at the time named or the board's usual
	 * start, for the board's usual length. The form shows it; nothing is booked until its
	 * button is pressed, when the board's rules are checked.
	 */
	private ProposedMeeting asked(Board board, WhenResult.Reading reading) {
		java.time.LocalDate day = reading instanceof WhenResult.Found found ? found.date() : meetings.today();
		java.time.LocalTime time = reading instanceof WhenResult.Found found ? found.time().orElse(board.startTime())
				: ((WhenResult.TimeOnly) reading).time();
		return asAsked(planner, board, java.time.ZonedDateTime.of(day, time, Meeting.LONDON));
	}

	/** A meeting starting when the secretary asked, for the board's usual length. */
	static ProposedMeeting asAsked(MeetingPlanner planner, Board board, java.time.ZonedDateTime start) {
		return new ProposedMeeting(board.code(), start, start.plus(board.duration()),
				planner.papersDeadline(board, start.toLocalDate()), AS_ASKED, List.of());
	}

	/** Said on the form of a time the secretary chose rather than the planner. */
	static final String AS_ASKED = "The time you asked for; members' calendars are checked when you schedule it";

	/** One choice of an ambiguous day, as the schedule form. */
	@Component
	static class Form implements CardActionHandler {

		private final Boards boards;

		private final MeetingPlanner planner;

		private final MeetCards cards;

		Form(Boards boards, MeetingPlanner planner, MeetCards cards) {
			this.boards = boards;
			this.planner = planner;
			this.cards = cards;
		}

		@Override
		public String verb() {
			return "meet.schedule-form";
		}

		@Override
		public Set<Role> allowedRoles() {
			return MeetRoles.SECRETARIAT;
		}

		@Override
		public BotReply handle(CardActionRequest request) {
			return Refusals.explain(() -> {
				Board board = boards.get(request.text("board"));
				try {
					java.time.ZonedDateTime start = java.time.ZonedDateTime.of(
							java.time.LocalDate.parse(request.text("date")),
							java.time.LocalTime.parse(request.text("start")), Meeting.LONDON);
					return BotReply.card(cards.scheduleForm(board, asAsked(planner, board, start)));
				}
				catch (java.time.DateTimeException ex) {
					return BotReply.text("That choice could not be read; ask again.");
				}
			});
		}

	}

}
