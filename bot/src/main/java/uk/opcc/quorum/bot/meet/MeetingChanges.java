package uk.opcc.quorum.bot.meet;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
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
import uk.opcc.quorum.bot.conversation.IntentRouter;
import uk.opcc.quorum.bot.security.Role;
import uk.opcc.quorum.scheduler.Board;
import uk.opcc.quorum.scheduler.Boards;
import uk.opcc.quorum.scheduler.Meeting;
import uk.opcc.quorum.scheduler.MeetingRequest;
import uk.opcc.quorum.scheduler.Meetings;
import uk.opcc.quorum.scheduler.SchedulingException;
import uk.opcc.quorum.scheduler.when.LondonTime;
import uk.opcc.quorum.scheduler.when.WhenResult;

/**
 * Moving and cancelling a meeting from a plain request ("move the SGB to Thursday at 10",
 * "move it to 11", "cancel the next PAF"). The request only shows a card saying exactly
 * what will happen; its button does it, and is refused when the meeting has changed since
 * the card was shown.
 */
final class MeetingChanges {

	private MeetingChanges() {
	}

	/**
	 * The meeting a request is about: the one last spoken of (when the request names no
	 * other board), else the board's next.
	 */
	static Meeting target(Meetings meetings, ConversationMemory memory, CommandRequest request) {
		String board = request.slots().board();
		var recent = recent(memory, request);
		if (recent.isPresent() && recent.get().meeting() != null
				&& (board == null || board.equalsIgnoreCase(recent.get().board()))) {
			return meetings.get(recent.get().meeting());
		}
		if (board == null) {
			return null;
		}
		return meetings.current(board);
	}

	/** What the person last spoke of in this conversation, if anything in 30 minutes. */
	static java.util.Optional<ConversationMemory.Spoken> recent(ConversationMemory memory, CommandRequest request) {
		return request.conversation() == null ? java.util.Optional.empty()
				: memory.recall(request.conversation().id(), request.caller().userId());
	}

	static void remember(ConversationMemory memory, CommandRequest request, Meeting meeting) {
		if (request.conversation() != null) {
			memory.meeting(request.conversation().id(), request.caller().userId(), meeting.boardCode(), meeting.id());
		}
	}

	/** A meeting changed since its card was shown: nothing is done. */
	static BotReply changedSince(Meeting meeting) {
		return BotReply.text("The " + meeting.boardCode() + " meeting has changed since that card was shown ("
				+ MeetCards.when(meeting) + " now), so nothing was done. Ask again to see it as it is.");
	}

	/**
	 * Whether the card was shown for an earlier version of the meeting. A card without a
	 * version (sent before cards carried one) is taken as current.
	 */
	static boolean stale(Meeting meeting, CardActionRequest request) {
		return request.data().containsKey("version")
				&& !String.valueOf(meeting.version()).equals(request.text("version"));
	}

	@Component
	static class Move implements CommandHandler {

		private final Meetings meetings;

		private final Boards boards;

		private final ConversationMemory memory;

		private final IntentRouter router;

		Move(Meetings meetings, Boards boards, ConversationMemory memory, IntentRouter router) {
			this.meetings = meetings;
			this.boards = boards;
			this.memory = memory;
			this.router = router;
		}

		@Override
		public List<String> names() {
			return List.of("move");
		}

		@Override
		public String usage() {
			return "move the SGB to Thursday at 10";
		}

		@Override
		public String description() {
			return "Move a meeting to another day or time (you confirm first)";
		}

		@Override
		public List<String> examples() {
			return List.of("move the {board} to Thursday at 10");
		}

		@Override
		public Set<Role> allowedRoles() {
			return MeetRoles.SECRETARIAT;
		}

		@Override
		public BotReply handle(CommandRequest request) {
			return Refusals.explain(() -> {
				Meeting meeting = target(meetings, memory, request);
				if (meeting == null) {
					return BotReply.text("Say which meeting to move, e.g. move the SGB to Thursday at 10.");
				}
				remember(memory, request, meeting);
				ZonedDateTime start = meeting.localStart();
				WhenResult when = request.slots().when() != null ? request.slots().when()
						: router.change(request.text(), start.toLocalDate(), start.toLocalTime());
				if (when instanceof WhenResult.Ambiguous ambiguous) {
					return BotReply.card(choices(meeting, ambiguous));
				}
				if (when instanceof WhenResult.Invalid invalid) {
					return BotReply.text(invalid.sentence() + " Nothing was moved.");
				}
				if (when instanceof WhenResult.InThePast past) {
					return BotReply.text(past.sentence() + " Nothing was moved.");
				}
				if (!(when instanceof WhenResult.Reading reading)) {
					return BotReply.text("Say when to move the " + meeting.boardCode() + " meeting of "
							+ MeetCards.when(meeting) + " to, e.g. move it to Thursday at 10.");
				}
				return BotReply
					.card(confirm(meeting, boards.get(meeting.boardCode()), day(reading, start), time(reading, start)));
			});
		}

		private static Card choices(Meeting meeting, WhenResult.Ambiguous ambiguous) {
			Card card = Card.create().heading("Move the " + meeting.boardCode() + " meeting: which did you mean?");
			card.text(ambiguous.sentence());
			ZonedDateTime start = meeting.localStart();
			for (WhenResult.Reading option : ambiguous.options()) {
				LocalDate day = day(option, start);
				LocalTime time = time(option, start);
				card.action(day.format(MeetCards.DAY) + ", " + time.format(MeetCards.TIME), "meet.move-form",
						Map.of("meeting", meeting.id(), "date", day.toString(), "start", time.toString()));
			}
			return card;
		}

		private static LocalDate day(WhenResult.Reading reading, ZonedDateTime start) {
			return reading instanceof WhenResult.Found found ? found.date() : start.toLocalDate();
		}

		private static LocalTime time(WhenResult.Reading reading, ZonedDateTime start) {
			if (reading instanceof WhenResult.Found found) {
				return found.time().orElse(start.toLocalTime());
			}
			return ((WhenResult.TimeOnly) reading).time();
		}

	}

	/** The confirmation card: the meeting as it is, where it goes, and the button. */
	static Card confirm(Meeting meeting, Board board, LocalDate day, LocalTime time) {
		java.time.Duration length = java.time.Duration.between(meeting.start(), meeting.end());
		Map<String, String> facts = new LinkedHashMap<>();
		facts.put("Now", MeetCards.when(meeting));
		facts.put("Moves to", day.format(MeetCards.DAY) + ", " + time.format(MeetCards.TIME) + " to "
				+ time.plus(length).format(MeetCards.TIME));
		return Card.create()
			.heading("Move the " + board.code() + " meeting?")
			.subtle(board.name())
			.facts(facts)
			.text("Members get an updated invitation and the papers deadline follows the new day. Nothing changes "
					+ "until you press the button.")
			.action("Move it", "meet.move", Map.of("meeting", meeting.id(), "version",
					String.valueOf(meeting.version()), "date", day.toString(), "start", time.toString()));
	}

	/** One of the choices of an ambiguous day, shown as its confirmation card. */
	@Component
	static class MoveForm implements CardActionHandler {

		private final Meetings meetings;

		private final Boards boards;

		MoveForm(Meetings meetings, Boards boards) {
			this.meetings = meetings;
			this.boards = boards;
		}

		@Override
		public String verb() {
			return "meet.move-form";
		}

		@Override
		public Set<Role> allowedRoles() {
			return MeetRoles.SECRETARIAT;
		}

		@Override
		public BotReply handle(CardActionRequest request) {
			return Refusals.explain(() -> {
				Meeting meeting = meetings.get(request.text("meeting"));
				try {
					return BotReply.card(confirm(meeting, boards.get(meeting.boardCode()),
							LocalDate.parse(request.text("date")), LocalTime.parse(request.text("start"))));
				}
				catch (DateTimeException ex) {
					return BotReply.text("That choice could not be read; ask again.");
				}
			});
		}

	}

	@Component
	static class MoveConfirmed implements CardActionHandler {

		private final Meetings meetings;

		private final Boards boards;

		private final MeetCards cards;

		MoveConfirmed(Meetings meetings, Boards boards, MeetCards cards) {
			this.meetings = meetings;
			this.boards = boards;
			this.cards = cards;
		}

		@Override
		public String verb() {
			return "meet.move";
		}

		@Override
		public Set<Role> allowedRoles() {
			return MeetRoles.SECRETARIAT;
		}

		@Override
		public BotReply handle(CardActionRequest request) {
			return Refusals.explain(() -> {
				Meeting meeting = meetings.get(request.text("meeting"));
				if (stale(meeting, request)) {
					return changedSince(meeting);
				}
				LondonTime start;
				try {
					start = LondonTime.of(LocalDate.parse(request.text("date")),
							LocalTime.parse(request.text("start")));
				}
				catch (DateTimeException ex) {
					return BotReply.text("That card's day or time could not be read; nothing was moved.");
				}
				if (start instanceof LondonTime.Skipped skipped) {
					return BotReply.text(skipped.sentence());
				}
				if (start instanceof LondonTime.Repeated twice) {
					return BotReply.text(twice.sentence());
				}
				Meeting moved = meetings.reschedule(meeting.id(),
						new MeetingRequest(null, ((LondonTime.Exact) start).at().toOffsetDateTime(), null, null, null));
				return BotReply
					.card(cards.meeting(moved, boards.get(moved.boardCode()), "Moved: " + moved.boardCode()));
			});
		}

	}

	@Component
	static class Cancel implements CommandHandler {

		private final Meetings meetings;

		private final Boards boards;

		private final ConversationMemory memory;

		Cancel(Meetings meetings, Boards boards, ConversationMemory memory) {
			this.meetings = meetings;
			this.boards = boards;
			this.memory = memory;
		}

		@Override
		public List<String> names() {
			return List.of("cancel");
		}

		@Override
		public String usage() {
			return "cancel the next PAF";
		}

		@Override
		public String description() {
			return "Cancel a meeting (you confirm first)";
		}

		@Override
		public List<String> examples() {
			return List.of("cancel the next {board}");
		}

		@Override
		public Set<Role> allowedRoles() {
			return MeetRoles.SECRETARIAT;
		}

		@Override
		public BotReply handle(CommandRequest request) {
			return Refusals.explain(() -> {
				Meeting meeting = onTheDay(request);
				if (meeting == null) {
					return BotReply.text("Say which meeting to cancel, e.g. cancel the next PAF.");
				}
				remember(memory, request, meeting);
				Board board = boards.get(meeting.boardCode());
				return BotReply.card(Card.create()
					.heading("Cancel the " + board.code() + " meeting?")
					.subtle(board.name())
					.facts(Map.of("When", MeetCards.when(meeting)))
					.text("Members get a cancellation and its reminders stop. Nothing changes until you press the "
							+ "button.")
					.action("Cancel the meeting", "meet.cancel",
							Map.of("meeting", meeting.id(), "version", String.valueOf(meeting.version()))));
			});
		}

		/**
		 * The board's meeting on the day named ("cancel thursday's PAF"), else as for a
		 * move.
		 */
		private Meeting onTheDay(CommandRequest request) {
			if (request.slots().when() instanceof WhenResult.Found found && request.slots().board() != null) {
				return meetings.upcoming(request.slots().board(), 100)
					.stream()
					.filter(m -> m.localStart().toLocalDate().equals(found.date()))
					.findFirst()
					.orElseThrow(() -> SchedulingException.notFound("No " + request.slots().board()
							+ " meeting is scheduled on " + found.date().format(MeetCards.DAY) + "."));
			}
			if (request.slots().when() instanceof WhenResult.InThePast past) {
				throw SchedulingException.invalid(past.sentence() + " Nothing was cancelled.");
			}
			if (request.slots().when() instanceof WhenResult.Invalid invalid) {
				throw SchedulingException.invalid(invalid.sentence() + " Nothing was cancelled.");
			}
			return target(meetings, memory, request);
		}

	}

	@Component
	static class CancelConfirmed implements CardActionHandler {

		private final Meetings meetings;

		CancelConfirmed(Meetings meetings) {
			this.meetings = meetings;
		}

		@Override
		public String verb() {
			return "meet.cancel";
		}

		@Override
		public Set<Role> allowedRoles() {
			return MeetRoles.SECRETARIAT;
		}

		@Override
		public BotReply handle(CardActionRequest request) {
			return Refusals.explain(() -> {
				Meeting meeting = meetings.get(request.text("meeting"));
				if (stale(meeting, request)) {
					return changedSince(meeting);
				}
				Meeting cancelled = meetings.cancel(meeting.id());
				return BotReply.text("Cancelled: " + cancelled.boardCode() + ", " + MeetCards.when(cancelled)
						+ ". Members have been sent the cancellation.");
			});
		}

	}

}
