package uk.opcc.quorum.bot.meet;

import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Component;

import uk.opcc.quorum.bot.command.BotReply;
import uk.opcc.quorum.bot.command.CardActionHandler;
import uk.opcc.quorum.bot.command.CardActionRequest;
import uk.opcc.quorum.bot.command.Refusals;
import uk.opcc.quorum.bot.security.Role;
import uk.opcc.quorum.scheduler.AgendaItem;
import uk.opcc.quorum.scheduler.Agendas;
import uk.opcc.quorum.scheduler.Board;
import uk.opcc.quorum.scheduler.Boards;
import uk.opcc.quorum.scheduler.ItemRequest;
import uk.opcc.quorum.scheduler.Meeting;
import uk.opcc.quorum.scheduler.Meetings;
import uk.opcc.quorum.scheduler.Member;

/**
 * Submitting an agenda item: the form, then the item. After the deadline only a
 * secretary's item is accepted.
 */
final class ItemActions {

	private ItemActions() {
	}

	@Component
	static class Form implements CardActionHandler {

		private final Meetings meetings;

		private final Boards boards;

		private final People people;

		private final MeetCards cards;

		Form(Meetings meetings, Boards boards, People people, MeetCards cards) {
			this.meetings = meetings;
			this.boards = boards;
			this.people = people;
			this.cards = cards;
		}

		@Override
		public String verb() {
			return "meet.item-form";
		}

		@Override
		public Set<Role> allowedRoles() {
			return MeetRoles.OFFICE;
		}

		@Override
		public BotReply handle(CardActionRequest request) {
			return Refusals.explain(() -> {
				Meeting meeting = meetings.get(request.text("meeting"));
				Board board = boards.get(meeting.boardCode());
				String owner = people.on(board, request.caller()).map(Member::id).orElse(null);
				return BotReply.card(cards.itemForm(board, meeting, owner));
			});
		}

	}

	@Component
	static class Submit implements CardActionHandler {

		private final Agendas agendas;

		private final Meetings meetings;

		Submit(Agendas agendas, Meetings meetings) {
			this.agendas = agendas;
			this.meetings = meetings;
		}

		@Override
		public String verb() {
			return "meet.item";
		}

		@Override
		public Set<Role> allowedRoles() {
			return MeetRoles.OFFICE;
		}

		@Override
		public BotReply handle(CardActionRequest request) {
			return Refusals.explain(() -> {
				AgendaItem.Purpose purpose;
				try {
					purpose = AgendaItem.Purpose.valueOf(request.text("purpose").toUpperCase(Locale.ROOT));
				}
				catch (IllegalArgumentException ex) {
					return BotReply.text("Choose whether the item is for decision, discussion or information.");
				}
				Meeting shown = meetings.get(request.text("meeting"));
				if (MeetingChanges.stale(shown, request)) {
					return MeetingChanges.changedSince(shown);
				}
				boolean secretary = request.caller().hasAny(MeetRoles.SECRETARIAT);
				AgendaItem item = agendas.addItem(request.text("meeting"), new ItemRequest(request.text("title"),
						request.text("owner"), request.text("paper"), purpose, false), request.caller().userId(),
						secretary);
				return BotReply
					.text("Added to the agenda: " + item.title() + (item.late() ? " (accepted as a late item)." : "."));
			});
		}

	}

}
