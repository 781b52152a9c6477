package uk.opcc.quorum.bot.decide;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.mockito.ArgumentMatchers;
import org.mockito.Mockito;

import uk.opcc.quorum.bot.card.SampleCard;
import uk.opcc.quorum.bot.command.Caller;
import uk.opcc.quorum.bot.command.CommandRequest;
import uk.opcc.quorum.bot.command.ConversationInfo;
import uk.opcc.quorum.bot.security.Role;
import uk.opcc.quorum.decisions.Capacity;
import uk.opcc.quorum.decisions.DecisionNotice;
import uk.opcc.quorum.decisions.DecisionWorkflow;
import uk.opcc.quorum.decisions.Decisions;
import uk.opcc.quorum.decisions.Sections;
import uk.opcc.quorum.decisions.Status;

/** The Decide cards, built by Quorum's own code from realistic values. */
public final class DecideCardSamples {

	private DecideCardSamples() {
	}

	public static List<SampleCard> samples() {
		Sections written = new Sections("Extend the victims' services contract for one year from 1 April 2027.",
				"That the PCC approves a one-year extension at a cost of £1.2m.",
				"The current contract ends on 31 March 2027.", "Extend; re-tender now; bring in house.",
				"An extension keeps the service running while the re-tender completes.",
				"Victims' groups were consulted in December 2026.", "The officers support the extension.",
				"£1.2m within the commissioning budget.", "The contract allows a one-year extension.",
				"No adverse equality impact identified.", "None.", "Provider capacity; mitigated by monthly review.",
				"None.");
		DecisionNotice awaiting = notice("n-4", "2027/004", "Victims' services contract extension", written,
				Status.AWAITING_PCC,
				List.of(new DecisionNotice.Review(Capacity.CHIEF_FINANCE_OFFICER, "Chris Finance",
						Instant.parse("2027-01-14T09:00:00Z"), true, null),
						new DecisionNotice.Review(Capacity.MONITORING_OFFICER, "Morgan Monitor",
								Instant.parse("2027-01-15T09:00:00Z"), true, "Lawful.")),
				"Returned once for the financial section", new DecisionNotice.SourceMeeting("SGB", "m-2027-01",
						LocalDate.of(2027, 1, 12), "Extend the contract for one year"));
		DecisionNotice draft = notice("n-5", "2027/005", "Estates strategy 2027 to 2030",
				Sections.empty()
					.with(new Sections("Adopt the estates strategy.", null, null, null, null, null, null, null, null,
							null, null, null, null)),
				Status.DRAFT, List.of(), null, null);
		DecideCards cards = new DecideCards();

		List<SampleCard> samples = new ArrayList<>();
		String summary = "DecideCards.summary(DecisionNotice)";
		samples.add(new SampleCard(summary, "summary of a notice awaiting the PCC", cards.summary(awaiting)));
		samples.add(new SampleCard(summary, "notice(): a notice announced, with Open",
				cards.notice(awaiting, "Decision notice 2027/004 is ready for the PCC's decision.")));
		samples.add(new SampleCard(summary, "actionable(): the PCC signs, returns or defers",
				cards.actionable(awaiting, List.of(Status.SIGNED, Status.DRAFT, Status.DEFERRED))));
		samples.add(new SampleCard(summary, "actionable(): a draft with sections to write",
				cards.actionable(draft, List.of(Status.IN_REVIEW, Status.WITHDRAWN))));

		Decisions decisions = Mockito.mock(Decisions.class);
		DecisionWorkflow workflow = Mockito.mock(DecisionWorkflow.class);
		Mockito.when(decisions.list(ArgumentMatchers.any())).thenReturn(List.of(awaiting, draft));
		Mockito.when(workflow.nextFor(ArgumentMatchers.any(), ArgumentMatchers.any()))
			.thenReturn(List.of(Status.SIGNED));
		samples.add(new SampleCard("DecideCommands$Waiting.handle(CommandRequest)",
				"the notice waiting for the PCC (a draft shows only to its author)",
				new DecideCommands.Waiting(decisions, workflow)
					.handle(new CommandRequest(new Caller("u-pcc", "Pat Commissioner", "t-1", EnumSet.of(Role.PCC)), "",
							new ConversationInfo("a:personal", ConversationInfo.Kind.PERSONAL, null), null))
					.messages()
					.get(0)
					.card()));
		samples.add(new SampleCard("DecideCommands$Draft.handle(CommandRequest)", "what will be drafted, to confirm",
				new DecideCommands.Draft()
					.handle(new CommandRequest(new Caller("u-staff", "Sam Staff", "t-1", EnumSet.of(Role.STAFF)),
							"Extend the victims' services contract for a year",
							new ConversationInfo("a:personal", ConversationInfo.Kind.PERSONAL, null), null))
					.messages()
					.get(0)
					.card()));
		return samples;
	}

	private static DecisionNotice notice(String id, String number, String title, Sections sections, Status status,
			List<DecisionNotice.Review> reviews, String note, DecisionNotice.SourceMeeting source) {
		return new DecisionNotice(id, number, 1, null, title, sections, null, DecisionNotice.DecisionMaker.PCC, source,
				null, status, reviews, null, note, null, null, "u-staff", Instant.parse("2027-01-13T09:00:00Z"), 2);
	}

}
