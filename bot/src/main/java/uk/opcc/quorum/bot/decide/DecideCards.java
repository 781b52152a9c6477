package uk.opcc.quorum.bot.decide;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import uk.opcc.quorum.bot.card.Card;
import uk.opcc.quorum.bot.files.FileSources;
import uk.opcc.quorum.decisions.Capacity;
import uk.opcc.quorum.decisions.DecisionNotice;
import uk.opcc.quorum.decisions.DecisionWorkflow;
import uk.opcc.quorum.decisions.Sections;
import uk.opcc.quorum.decisions.Status;

/** Decision notice cards: a summary with the moves open to the person looking at it. */
@Component
class DecideCards {

	private static final Map<Status, String> BUTTONS = Map.of(Status.IN_REVIEW, "Submit for review",
			Status.AWAITING_PCC, "Approve", Status.DRAFT, "Return to draft", Status.PUBLISHED, "Publish Part 1",
			Status.NOT_PUBLISHED, "Do not publish", Status.DEFERRED, "Defer", Status.WITHDRAWN, "Withdraw");

	/**
	 * A card announcing something about a notice, with a button that shows what the
	 * reader can do with it.
	 */
	Card notice(DecisionNotice notice, String message) {
		return summary(notice).text(message).action("Open", "decide.show", Map.of("id", notice.id()));
	}

	Card summary(DecisionNotice notice) {
		Map<String, String> facts = new LinkedHashMap<>();
		facts.put("Status", notice.status().name());
		facts.put("Decision maker", notice.decisionMaker().label());
		if (notice.source() != null) {
			facts.put("From", notice.source().boardCode() + ", " + notice.source().meetingDate());
		}
		notice.reviews()
			.forEach(r -> facts.put(r.capacity() == Capacity.CHIEF_FINANCE_OFFICER ? "Finance" : "Legal",
					"approved by " + r.by()));
		if (notice.statusNote() != null) {
			facts.put("Note", notice.statusNote());
		}
		Card card = Card.create()
			.heading("Decision notice " + notice.reference())
			.text("**" + notice.title() + "**")
			.facts(facts);
		if (!Sections.missing(notice.sections().summary())) {
			card.text(notice.sections().summary());
		}
		long missing = notice.sections().byHeading().values().stream().filter(Sections::missing).count();
		if (notice.status() == Status.DRAFT && missing > 0) {
			card.subtle(missing + " sections still to write; edit them through the REST API or the Word document.");
		}
		return card;
	}

	/** The summary plus a button for each move this person may make now. */
	Card actionable(DecisionNotice notice, List<Status> moves) {
		Card card = summary(notice);
		if (moves.stream().anyMatch(to -> DecisionWorkflow.needsComment(notice.status(), to))) {
			card.textInput("comment", "Comment (needed to return, defer, withdraw or not publish)", null, true, false);
		}
		for (Status to : moves) {
			if (to == Status.SIGNED) {
				card.action("Approve and sign", "decide.transition", Map.of("id", notice.id(), "to", "SIGNED",
						"approve", true, "revision", String.valueOf(notice.revision())));
				card.action("Reject and sign", "decide.transition", Map.of("id", notice.id(), "to", "SIGNED", "approve",
						false, "revision", String.valueOf(notice.revision())));
			}
			else {
				card.action(BUTTONS.getOrDefault(to, to.name()), "decide.transition",
						Map.of("id", notice.id(), "to", to.name(), "revision", String.valueOf(notice.revision())));
			}
		}
		if (notice.status() != Status.WITHDRAWN) {
			card.action(FileSources.SEND_TITLE, FileSources.SEND, Map.of("kind", "notice", "id", notice.id()));
		}
		return card;
	}

}
