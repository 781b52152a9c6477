package uk.opcc.quorum.bot.meet;

import java.time.DateTimeException;
import java.time.LocalDate;
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
import uk.opcc.quorum.scheduler.ActionItem;
import uk.opcc.quorum.scheduler.ActionQuery;
import uk.opcc.quorum.scheduler.ActionRequest;
import uk.opcc.quorum.scheduler.Actions;
import uk.opcc.quorum.scheduler.Boards;
import uk.opcc.quorum.scheduler.Meeting;
import uk.opcc.quorum.scheduler.Meetings;

/**
 * Actions in Teams: my open actions, recording one at a meeting, and marking one done.
 */
final class ActionCommands {

	private ActionCommands() {
	}

	@Component
	static class Mine implements CommandHandler {

		private final Actions actions;

		private final People people;

		private final Meetings meetings;

		private final MeetCards cards;

		Mine(Actions actions, People people, Meetings meetings, MeetCards cards) {
			this.actions = actions;
			this.people = people;
			this.meetings = meetings;
			this.cards = cards;
		}

		@Override
		public List<String> names() {
			return List.of("actions", "my actions");
		}

		@Override
		public String usage() {
			return "actions";
		}

		@Override
		public String description() {
			return "Your open actions from board meetings";
		}

		@Override
		public List<String> examples() {
			return List.of("what actions have I got?");
		}

		@Override
		public Set<Role> allowedRoles() {
			return MeetRoles.OFFICE;
		}

		@Override
		public BotReply handle(CommandRequest request) {
			List<ActionItem> mine = people.aliases(request.caller())
				.stream()
				.flatMap(who -> actions.find(new ActionQuery(who, null, null, ActionItem.Status.OPEN)).stream())
				.distinct()
				.sorted(java.util.Comparator.comparing(ActionItem::due))
				.toList();
			return BotReply.card(cards.actions(mine, meetings.today()));
		}

	}

	@Component
	static class Form implements CardActionHandler {

		private final Meetings meetings;

		private final Boards boards;

		private final MeetCards cards;

		Form(Meetings meetings, Boards boards, MeetCards cards) {
			this.meetings = meetings;
			this.boards = boards;
			this.cards = cards;
		}

		@Override
		public String verb() {
			return "meet.action-form";
		}

		@Override
		public Set<Role> allowedRoles() {
			return MeetRoles.SECRETARIAT;
		}

		@Override
		public BotReply handle(CardActionRequest request) {
			return Refusals.explain(() -> {
				Meeting meeting = meetings.get(request.text("meeting"));
				return BotReply
					.card(cards.actionForm(boards.get(meeting.boardCode()), meeting, meetings.today().plusWeeks(4)));
			});
		}

	}

	@Component
	static class Record implements CardActionHandler {

		private final Actions actions;

		Record(Actions actions) {
			this.actions = actions;
		}

		@Override
		public String verb() {
			return "meet.action";
		}

		@Override
		public Set<Role> allowedRoles() {
			return MeetRoles.SECRETARIAT;
		}

		@Override
		public BotReply handle(CardActionRequest request) {
			return Refusals.explain(() -> {
				LocalDate due;
				try {
					due = LocalDate.parse(request.text("due"));
				}
				catch (DateTimeException ex) {
					return BotReply.text("Give the due date as on the card, e.g. 2027-03-09.");
				}
				ActionItem action = actions
					.add(request.text("meeting"),
							List.of(new ActionRequest(request.text("description"), request.text("owner"), due)))
					.get(0);
				return BotReply.text("Action recorded for " + action.owner() + ", due " + action.due() + ": "
						+ action.description());
			});
		}

	}

	@Component
	static class Close implements CardActionHandler {

		private final Actions actions;

		private final People people;

		Close(Actions actions, People people) {
			this.actions = actions;
			this.people = people;
		}

		@Override
		public String verb() {
			return "meet.close-action";
		}

		@Override
		public Set<Role> allowedRoles() {
			return MeetRoles.OFFICE;
		}

		@Override
		public BotReply handle(CardActionRequest request) {
			return Refusals.explain(() -> {
				ActionItem action = actions.get(request.text("action"));
				boolean owner = people.aliases(request.caller())
					.stream()
					.anyMatch(a -> a.equalsIgnoreCase(action.owner()));
				if (!owner && !request.caller().hasAny(MeetRoles.SECRETARIAT)) {
					return BotReply.text("Only the action's owner or a board secretary can close it.");
				}
				actions.close(action.id(), request.caller().userId(), request.text("note"));
				return BotReply.text("Closed: " + action.description());
			});
		}

	}

	/** "what's overdue for the PAF", "is the chief constable behind on any actions". */
	@Component
	static class Overdue implements CommandHandler {

		private final Actions actions;

		private final Meetings meetings;

		private final Boards boards;

		Overdue(Actions actions, Meetings meetings, Boards boards) {
			this.actions = actions;
			this.meetings = meetings;
			this.boards = boards;
		}

		@Override
		public List<String> names() {
			return List.of("overdue");
		}

		@Override
		public String usage() {
			return "what actions are overdue for the PAF?";
		}

		@Override
		public String description() {
			return "Actions past their due date, of a board or a person";
		}

		@Override
		public List<String> examples() {
			return List.of("what actions are overdue for the {board}?");
		}

		@Override
		public Set<Role> allowedRoles() {
			return MeetRoles.OFFICE;
		}

		@Override
		public BotReply handle(CommandRequest request) {
			return Refusals.explain(() -> {
				String board = request.slots().board() != null ? request.slots().board()
						: request.text().isEmpty() ? null : boards.get(request.text().split("\\s+")[0]).code();
				String person = request.slots().person();
				LocalDate today = meetings.today();
				List<ActionItem> overdue = actions.find(new ActionQuery(person, board, null, ActionItem.Status.OPEN))
					.stream()
					.filter(a -> a.overdue(today))
					.sorted(java.util.Comparator.comparing(ActionItem::due))
					.toList();
				String whose = (person != null ? " for " + person : "") + (board != null ? " (" + board + ")" : "");
				if (overdue.isEmpty()) {
					return BotReply.text("No action is overdue" + whose + ".");
				}
				Card card = Card.create().heading("Overdue actions" + whose);
				for (ActionItem action : overdue) {
					card.text("Due " + action.due().format(MeetCards.DAY) + " (" + action.boardCode() + ", "
							+ action.owner() + "): " + action.description());
				}
				return BotReply.card(card);
			});
		}

	}

	/**
	 * "close my action about the risk register": the caller's open action that the words
	 * name, shown with the button that closes it; several that fit are offered as
	 * choices.
	 */
	@Component
	static class CloseRequest implements CommandHandler {

		private final Actions actions;

		private final People people;

		CloseRequest(Actions actions, People people) {
			this.actions = actions;
			this.people = people;
		}

		@Override
		public List<String> names() {
			return List.of("close");
		}

		@Override
		public String usage() {
			return "close my action about the risk register";
		}

		@Override
		public String description() {
			return "Mark one of your actions done (you confirm first)";
		}

		@Override
		public List<String> examples() {
			return List.of("close my action about the risk register");
		}

		@Override
		public Set<Role> allowedRoles() {
			return MeetRoles.OFFICE;
		}

		@Override
		public BotReply handle(CommandRequest request) {
			return Refusals.explain(() -> {
				String words = request.slots().action() != null ? request.slots().action() : request.text();
				List<ActionItem> open = people.aliases(request.caller())
					.stream()
					.flatMap(who -> actions.find(new ActionQuery(who, null, null, ActionItem.Status.OPEN)).stream())
					.distinct()
					.toList();
				List<ActionItem> fitting = fitting(open, words);
				if (fitting.isEmpty()) {
					return BotReply.text(open.isEmpty() ? "You have no open actions to close."
							: "None of your open actions fits '" + words + "'. Type **actions** to see them.");
				}
				Card card = Card.create().heading(fitting.size() == 1 ? "Close this action?" : "Which action is done?");
				for (ActionItem action : fitting.stream().limit(5).toList()) {
					card.text("Due " + action.due().format(MeetCards.DAY) + " (" + action.boardCode() + "): "
							+ action.description());
					card.action("Done: " + MeetCards.shorten(action.description()), "meet.close-action",
							java.util.Map.of("action", action.id()));
				}
				return BotReply.card(card.subtle("Nothing changes until you press a button."));
			});
		}

		/**
		 * The actions the words name: by id, else those sharing the most words with them.
		 */
		static List<ActionItem> fitting(List<ActionItem> open, String words) {
			String wanted = words == null ? "" : words.strip().toLowerCase(java.util.Locale.ROOT);
			List<ActionItem> byId = open.stream().filter(a -> a.id().equalsIgnoreCase(wanted)).toList();
			if (!byId.isEmpty() || wanted.isEmpty()) {
				return wanted.isEmpty() ? open : byId;
			}
			Set<String> asked = words(wanted);
			java.util.Map<ActionItem, Long> shared = new java.util.LinkedHashMap<>();
			for (ActionItem action : open) {
				long common = words(action.description().toLowerCase(java.util.Locale.ROOT)).stream()
					.filter(asked::contains)
					.count();
				if (common > 0) {
					shared.put(action, common);
				}
			}
			long best = shared.values().stream().mapToLong(Long::longValue).max().orElse(0);
			return shared.entrySet()
				.stream()
				.filter(e -> e.getValue() == best)
				.map(java.util.Map.Entry::getKey)
				.toList();
		}

		private static Set<String> words(String text) {
			Set<String> words = new java.util.HashSet<>();
			for (String word : text.split("[^\\p{L}\\p{N}]+")) {
				if (word.length() > 2 && !STOP.contains(word)) {
					words.add(word);
				}
			}
			return words;
		}

		private static final Set<String> STOP = Set.of("the", "and", "for", "about", "action", "my", "on", "to", "of",
				"with", "from", "that", "this");

	}

}
