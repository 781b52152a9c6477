package uk.opcc.quorum.bot.decide;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import uk.opcc.quorum.bot.card.Card;
import uk.opcc.quorum.bot.command.BotReply;
import uk.opcc.quorum.bot.command.CommandHandler;
import uk.opcc.quorum.bot.command.CommandRequest;
import uk.opcc.quorum.bot.command.Refusals;
import uk.opcc.quorum.bot.conversation.DecisionNumber;
import uk.opcc.quorum.bot.security.Role;
import uk.opcc.quorum.decisions.Actor;
import uk.opcc.quorum.decisions.DecisionNotice;
import uk.opcc.quorum.decisions.DecisionWorkflow;
import uk.opcc.quorum.decisions.Decisions;
import uk.opcc.quorum.decisions.DecisionsProperties;
import uk.opcc.quorum.decisions.Status;

/**
 * Decide in Teams: {@code draft <text>} starts a notice; {@code decisions} lists those
 * waiting for the caller.
 */
final class DecideCommands {

	static final Set<Role> OFFICE = EnumSet.complementOf(EnumSet.of(Role.CANDIDATE));

	private DecideCommands() {
	}

	/**
	 * Shows what will be drafted; the card's button ({@code decide.draft}) drafts it.
	 */
	@Component
	static class Draft implements CommandHandler {

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
		public List<String> examples() {
			return List.of("draft a decision notice on extending the victims' services contract");
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
				String about = request.slots().topic() != null ? request.slots().topic() : request.text();
				return BotReply.card(Card.create()
					.heading("Draft a decision notice?")
					.facts(java.util.Map.of("About", about))
					.text("I will start a draft notice from this, number it and put it in your drafts; you can edit "
							+ "it before it goes for sign-off. Nothing is created until you press the button.")
					.action("Draft it", "decide.draft", java.util.Map.of("text", about)));
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
		public List<String> examples() {
			return List.of("which decisions are waiting for me?");
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

	/** "where has 2027/004 got to?": one notice's status, by its number. */
	@Component
	static class Where implements CommandHandler {

		private final Decisions decisions;

		private final DecisionWorkflow workflow;

		private final DecideCards cards;

		private final DecisionsProperties properties;

		Where(Decisions decisions, DecisionWorkflow workflow, DecideCards cards, DecisionsProperties properties) {
			this.decisions = decisions;
			this.workflow = workflow;
			this.cards = cards;
			this.properties = properties;
		}

		@Override
		public List<String> names() {
			return List.of("status");
		}

		@Override
		public String usage() {
			return "where has 2027/004 got to?";
		}

		@Override
		public String description() {
			return "Where a decision notice has got to";
		}

		@Override
		public List<String> examples() {
			return List.of("where has 2027/004 got to?");
		}

		@Override
		public Set<Role> allowedRoles() {
			return EnumSet.allOf(Role.class);
		}

		@Override
		public BotReply handle(CommandRequest request) {
			return Refusals.explain(() -> {
				DecisionNumber asked = request.slots().decision() != null ? request.slots().decision()
						: DecisionNumber.find(request.text()).orElse(null);
				if (asked == null) {
					return BotReply.text("Say the notice's number, e.g. status of 2027/004.");
				}
				String number = asked.format(properties.numberPattern());
				DecisionNotice notice = decisions.latest(number).orElse(null);
				boolean office = request.caller().hasAny(OFFICE);
				if (notice == null || (!office && notice.status() != Status.PUBLISHED)) {
					return BotReply
						.text("There is no " + (office ? "" : "published ") + "decision notice " + number + ".");
				}
				if (!office) {
					return BotReply.text("Decision " + notice.reference() + " (" + notice.title() + ") is published: "
							+ properties.publicUrl().toString().replaceAll("/$", "") + "/register/" + notice.slug());
				}
				return BotReply
					.card(cards.actionable(notice, workflow.nextFor(notice, Capacities.actor(request.caller()))));
			});
		}

	}

}
