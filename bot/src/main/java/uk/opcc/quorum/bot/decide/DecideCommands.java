package uk.opcc.quorum.bot.decide;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import uk.opcc.quorum.bot.card.Card;
import uk.opcc.quorum.bot.command.BotMessage;
import uk.opcc.quorum.bot.command.BotReply;
import uk.opcc.quorum.bot.command.CommandHandler;
import uk.opcc.quorum.bot.command.CommandRequest;
import uk.opcc.quorum.bot.command.Refusals;
import uk.opcc.quorum.bot.security.Role;
import uk.opcc.quorum.decisions.Actor;
import uk.opcc.quorum.decisions.DecisionNotice;
import uk.opcc.quorum.decisions.DecisionWorkflow;
import uk.opcc.quorum.decisions.Decisions;
import uk.opcc.quorum.decisions.DraftRequest;
import uk.opcc.quorum.decisions.Drafted;
import uk.opcc.quorum.decisions.Drafting;
import uk.opcc.quorum.decisions.Status;

/**
 * Decide in Teams: {@code draft <text>} starts a notice; {@code decisions} lists those
 * waiting for the caller.
 */
final class DecideCommands {

	static final Set<Role> OFFICE = EnumSet.complementOf(EnumSet.of(Role.CANDIDATE));

	private DecideCommands() {
	}

	@Component
	static class Draft implements CommandHandler {

		private final Drafting drafting;

		private final DecisionWorkflow workflow;

		private final DecideCards cards;

		Draft(Drafting drafting, DecisionWorkflow workflow, DecideCards cards) {
			this.drafting = drafting;
			this.workflow = workflow;
			this.cards = cards;
		}

		@Override
		public List<String> names() {
			return List.of("draft");
		}

		@Override
		public String usage() {
			return "draft <what the PCC is asked to decide>";
		}

		@Override
		public String description() {
			return "Draft a decision notice from a paragraph";
		}

		@Override
		public Set<Role> allowedRoles() {
			return EnumSet.of(Role.STAFF, Role.SECRETARY, Role.ADMIN);
		}

		@Override
		public BotReply handle(CommandRequest request) {
			return Refusals.explain(() -> {
				if (request.text().isEmpty()) {
					return BotReply.text(
							"Say what the decision is about: draft Extend the victims' services contract for a year.");
				}
				Actor actor = Capacities.actor(request.caller());
				Drafted drafted = drafting.draft(new DraftRequest(request.text(), null), actor);
				return new BotReply(List.of(BotMessage.text(drafted.note()), BotMessage
					.card(cards.actionable(drafted.notice(), workflow.nextFor(drafted.notice(), actor)))));
			});
		}

	}

	@Component
	static class Waiting implements CommandHandler {

		private final Decisions decisions;

		private final DecisionWorkflow workflow;

		Waiting(Decisions decisions, DecisionWorkflow workflow) {
			this.decisions = decisions;
			this.workflow = workflow;
		}

		@Override
		public List<String> names() {
			return List.of("decisions");
		}

		@Override
		public String usage() {
			return "decisions";
		}

		@Override
		public String description() {
			return "Decision notices waiting for you";
		}

		@Override
		public Set<Role> allowedRoles() {
			return OFFICE;
		}

		@Override
		public BotReply handle(CommandRequest request) {
			Actor actor = Capacities.actor(request.caller());
			List<DecisionNotice> waiting = decisions
				.list(List.of(Status.DRAFT, Status.IN_REVIEW, Status.AWAITING_PCC, Status.SIGNED))
				.stream()
				.filter(n -> n.status() != Status.DRAFT || actor.id().equals(n.createdBy()))
				.filter(n -> !workflow.nextFor(n, actor).isEmpty())
				.limit(10)
				.toList();
			Card card = Card.create()
				.heading(waiting.isEmpty() ? "No decision notice is waiting for you."
						: "Decision notices waiting for you");
			waiting.forEach(n -> card.text(n.reference() + " (" + n.status() + "): " + n.title()));
			waiting.stream()
				.limit(5)
				.forEach(n -> card.action("Open " + n.reference(), "decide.show", java.util.Map.of("id", n.id())));
			return BotReply.card(card);
		}

	}

}
