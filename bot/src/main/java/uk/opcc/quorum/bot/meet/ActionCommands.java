package uk.opcc.quorum.bot.meet;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

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

}
