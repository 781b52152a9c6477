package uk.opcc.quorum.bot.decide;

import java.util.List;
import java.util.Locale;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.stereotype.Component;

import uk.opcc.quorum.bot.command.BotMessage;
import uk.opcc.quorum.bot.command.BotReply;
import uk.opcc.quorum.bot.command.CardActionHandler;
import uk.opcc.quorum.bot.command.CardActionRequest;
import uk.opcc.quorum.bot.command.Refusals;
import uk.opcc.quorum.bot.security.Role;
import uk.opcc.quorum.decisions.Actor;
import uk.opcc.quorum.decisions.DecisionNotice;
import uk.opcc.quorum.decisions.DecisionNotice.SourceMeeting;
import uk.opcc.quorum.decisions.DecisionWorkflow;
import uk.opcc.quorum.decisions.Decisions;
import uk.opcc.quorum.decisions.DraftRequest;
import uk.opcc.quorum.decisions.Drafted;
import uk.opcc.quorum.decisions.Drafting;
import uk.opcc.quorum.decisions.Status;
import uk.opcc.quorum.decisions.TransitionRequest;
import uk.opcc.quorum.scheduler.MinutesBook;
import uk.opcc.quorum.scheduler.RecordedDecision;

/**
 * Buttons on decision cards: show a notice, move it, and draft one from a decision in the
 * minutes.
 */
final class DecideActions {

	private DecideActions() {
	}

	@Component
	static class Show implements CardActionHandler {

		private final Decisions decisions;

		private final DecisionWorkflow workflow;

		private final DecideCards cards;

		Show(Decisions decisions, DecisionWorkflow workflow, DecideCards cards) {
			this.decisions = decisions;
			this.workflow = workflow;
			this.cards = cards;
		}

		@Override
		public String verb() {
			return "decide.show";
		}

		@Override
		public Set<Role> allowedRoles() {
			return DecideCommands.OFFICE;
		}

		@Override
		public BotReply handle(CardActionRequest request) {
			return Refusals.explain(() -> {
				DecisionNotice notice = decisions.get(request.text("id"));
				return BotReply
					.card(cards.actionable(notice, workflow.nextFor(notice, Capacities.actor(request.caller()))));
			});
		}

	}

	@Component
	static class Move implements CardActionHandler {

		private final DecisionWorkflow workflow;

		private final DecideCards cards;

		private final Decisions decisions;

		Move(DecisionWorkflow workflow, DecideCards cards, Decisions decisions) {
			this.workflow = workflow;
			this.cards = cards;
			this.decisions = decisions;
		}

		@Override
		public String verb() {
			return "decide.transition";
		}

		@Override
		public Set<Role> allowedRoles() {
			return DecideCommands.OFFICE;
		}

		@Override
		public BotReply handle(CardActionRequest request) {
			return Refusals.explain(() -> {
				Status to;
				try {
					to = Status.valueOf(request.text("to").toUpperCase(Locale.ROOT));
				}
				catch (IllegalArgumentException ex) {
					return BotReply.text("That button does not say where the notice goes; open the notice again.");
				}
				Boolean approve = request.data().containsKey("approve") ? Boolean.valueOf(request.text("approve"))
						: null;
				DecisionNotice shown = decisions.get(request.text("id"));
				if (request.data().containsKey("revision")
						&& !String.valueOf(shown.revision()).equals(request.text("revision"))) {
					return BotReply
						.text("Notice " + shown.reference() + " has changed since that card was shown (it is " + "now "
								+ shown.status().name().toLowerCase(Locale.ROOT).replace('_', ' ')
								+ "), so nothing was done. Open it again to see it as it is.");
				}
				Actor actor = Capacities.actor(request.caller());
				DecisionNotice moved = workflow.move(request.text("id"),
						new TransitionRequest(to, request.text("comment"), approve, null, null), actor);
				return BotReply.card(cards.actionable(moved, workflow.nextFor(moved, actor)));
			});
		}

	}

	@Component
	static class FromMinutes implements CardActionHandler {

		private final MinutesBook minutes;

		private final Drafting drafting;

		private final DecisionWorkflow workflow;

		private final DecideCards cards;

		FromMinutes(MinutesBook minutes, Drafting drafting, DecisionWorkflow workflow, DecideCards cards) {
			this.minutes = minutes;
			this.drafting = drafting;
			this.workflow = workflow;
			this.cards = cards;
		}

		@Override
		public String verb() {
			return "decide.from-minutes";
		}

		@Override
		public Set<Role> allowedRoles() {
			return EnumSet.of(Role.STAFF, Role.SECRETARY, Role.ADMIN);
		}

		@Override
		public BotReply handle(CardActionRequest request) {
			return Refusals.explain(() -> {
				List<RecordedDecision> decided = minutes.decisions(request.text("meeting"));
				int index;
				try {
					index = Integer.parseInt(request.text("decision"));
				}
				catch (NumberFormatException ex) {
					index = -1;
				}
				if (index < 0 || index >= decided.size()) {
					return BotReply.text("That decision is no longer in the minutes; open the minutes again.");
				}
				RecordedDecision decision = decided.get(index);
				Actor actor = Capacities.actor(request.caller());
				Drafted drafted = drafting.draft(new DraftRequest(null, new SourceMeeting(decision.boardCode(),
						decision.meetingId(), decision.meetingDate(), decision.text())), actor);
				return BotReply.card(cards.actionable(drafted.notice(), workflow.nextFor(drafted.notice(), actor))
					.subtle(drafted.note()));
			});
		}

	}

	/** The button on a draft's confirmation card: only this creates the draft. */
	@Component
	static class DraftConfirmed implements CardActionHandler {

		private final Drafting drafting;

		private final DecisionWorkflow workflow;

		private final DecideCards cards;

		DraftConfirmed(Drafting drafting, DecisionWorkflow workflow, DecideCards cards) {
			this.drafting = drafting;
			this.workflow = workflow;
			this.cards = cards;
		}

		@Override
		public String verb() {
			return "decide.draft";
		}

		@Override
		public Set<Role> allowedRoles() {
			return EnumSet.of(Role.STAFF, Role.SECRETARY, Role.ADMIN);
		}

		@Override
		public BotReply handle(CardActionRequest request) {
			return Refusals.explain(() -> {
				if (request.text("text").isEmpty()) {
					return BotReply.text("Say what the decision is about: draft Extend the victims' services "
							+ "contract for a year.");
				}
				Actor actor = Capacities.actor(request.caller());
				Drafted drafted = drafting.draft(new DraftRequest(request.text("text"), null), actor);
				return new BotReply(List.of(BotMessage.text(drafted.note()), BotMessage
					.card(cards.actionable(drafted.notice(), workflow.nextFor(drafted.notice(), actor)))));
			});
		}

	}

}
