package uk.opcc.quorum.decisions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import uk.opcc.quorum.decisions.store.NoticeStore;
import uk.opcc.quorum.decisions.workflow.Audit;
import uk.opcc.quorum.decisions.workflow.NoticeRules;
import uk.opcc.quorum.decisions.workflow.Workflow;
import uk.opcc.quorum.decisions.workflow.WorkingDays;

/**
 * Moves notices through sign-off: review by the Chief Finance Officer and the Monitoring
 * Officer (both needed), the PCC's signature, then publication. Only the moves in
 * {@link Workflow}, each only for its capacities; every move is audited and the people
 * whose turn it is are told.
 */
@Service
public class DecisionWorkflow {

	private static final Set<Capacity> OFFICERS = EnumSet.of(Capacity.CHIEF_FINANCE_OFFICER,
			Capacity.MONITORING_OFFICER);

	private final Decisions decisions;

	private final NoticeStore store;

	private final Audit audit;

	private final DecisionNotifier notifier;

	private final DecisionsProperties properties;

	private final Clock clock;

	public DecisionWorkflow(Decisions decisions, NoticeStore store, Audit audit, DecisionNotifier notifier,
			DecisionsProperties properties, Clock clock) {
		this.decisions = decisions;
		this.store = store;
		this.audit = audit;
		this.notifier = notifier;
		this.properties = properties;
		this.clock = clock;
	}

	public DecisionNotice move(String id, TransitionRequest request, Actor actor) {
		if (request == null || request.to() == null) {
			throw DecisionException.invalid("Say where the notice goes: {\"to\": \"IN_REVIEW\"}.");
		}
		DecisionNotice notice = decisions.get(id);
		Status from = notice.status();
		Workflow.Move move = Workflow.move(from, request.to())
			.orElseThrow(() -> DecisionException
				.conflict("Notice " + notice.reference() + " is " + from + "; from there it can go to "
						+ (Workflow.next(from).isEmpty() ? "nowhere"
								: Workflow.next(from).stream().map(Enum::name).collect(Collectors.joining(", ")))
						+ ", not " + request.to() + "."));
		if (move.who().stream().noneMatch(actor::actsAs)) {
			throw DecisionException.forbidden("Moving a notice from " + from + " to " + request.to() + " needs "
					+ move.who().stream().map(Capacity::description).collect(Collectors.joining(" or ")) + ".");
		}
		String comment = request.comment() == null || request.comment().isBlank() ? null : request.comment().strip();
		if (move.needsComment() && comment == null) {
			throw DecisionException.invalid("Say why (a comment is needed to move a notice to " + request.to() + ").");
		}
		Map<String, String> details = new LinkedHashMap<>();
		if (comment != null) {
			details.put("comment", comment);
		}
		DecisionNotice moved = switch (request.to()) {
			case IN_REVIEW -> submit(notice);
			case AWAITING_PCC -> approve(notice, actor, comment);
			case SIGNED -> sign(notice, request, actor, details);
			case PUBLISHED -> notice.with(Status.PUBLISHED, notice.reviews(), notice.signature(), null,
					notice.publishBy(), clock.instant());
			case DRAFT -> notice.with(Status.DRAFT, List.of(), null, comment, null, null);
			default ->
				notice.with(request.to(), notice.reviews(), notice.signature(), comment, notice.publishBy(), null);
		};
		boolean firstApproval = request.to() == Status.AWAITING_PCC && moved.status() == Status.IN_REVIEW;
		DecisionNotice stored = store.update(moved,
				audit.entry(notice.id(), actor, firstApproval
						? "IN_REVIEW: approved, awaiting the other statutory officer" : from + " -> " + moved.status(),
						details));
		tell(from, stored, actor, comment);
		return stored;
	}

	/** Where this actor may move this notice now (what their buttons offer). */
	public List<Status> nextFor(DecisionNotice notice, Actor actor) {
		return Workflow.next(notice.status())
			.stream()
			.filter(to -> Workflow.move(notice.status(), to).orElseThrow().who().stream().anyMatch(actor::actsAs))
			.filter(to -> to != Status.AWAITING_PCC || OFFICERS.stream()
				.anyMatch(o -> actor.actsAs(o) && notice.reviews().stream().noneMatch(r -> r.capacity() == o)))
			.toList();
	}

	/** Whether moving to {@code to} needs a reason. */
	public static boolean needsComment(Status from, Status to) {
		return Workflow.move(from, to).map(Workflow.Move::needsComment).orElse(false);
	}

	private static DecisionNotice submit(DecisionNotice notice) {
		NoticeRules.checkComplete(notice);
		return notice.with(Status.IN_REVIEW, List.of(), null, null, null, null);
	}

	private DecisionNotice approve(DecisionNotice notice, Actor actor, String comment) {
		List<DecisionNotice.Review> reviews = new ArrayList<>(notice.reviews());
		for (Capacity officer : OFFICERS) {
			boolean already = reviews.stream().anyMatch(r -> r.capacity() == officer);
			if (actor.actsAs(officer) && !already) {
				reviews.add(new DecisionNotice.Review(officer, actor.signatory(), clock.instant(), true, comment));
			}
		}
		if (reviews.size() == notice.reviews().size()) {
			throw DecisionException.conflict("You have already approved notice " + notice.reference() + ".");
		}
		boolean both = OFFICERS.stream().allMatch(o -> reviews.stream().anyMatch(r -> r.capacity() == o));
		return notice.with(both ? Status.AWAITING_PCC : Status.IN_REVIEW, reviews, null, null, null, null);
	}

	private DecisionNotice sign(DecisionNotice notice, TransitionRequest request, Actor actor,
			Map<String, String> details) {
		if (request.approve() == null) {
			throw DecisionException
				.invalid("Say whether the PCC approves or rejects the recommendation (\"approve\": true or false).");
		}
		LocalDate date = request.date() == null ? LocalDate.now(clock) : request.date();
		if (date.isAfter(LocalDate.now(clock))) {
			throw DecisionException.invalid("A notice cannot be signed with a date in the future (" + date + ").");
		}
		String name = request.name() == null || request.name().isBlank() ? actor.signatory() : request.name().strip();
		details.put("decision", request.approve() ? "approved" : "rejected");
		details.put("signed", name + ", " + date);
		DecisionNotice.Signature signature = new DecisionNotice.Signature(name, date, request.approve(),
				request.comment());
		return notice.with(Status.SIGNED, notice.reviews(), signature, null,
				WorkingDays.after(date, properties.publishWithinWorkingDays()), null);
	}

	/**
	 * Whose turn it is now. A failure to tell them is the notifier's to record; the move
	 * stands.
	 */
	private void tell(Status from, DecisionNotice notice, Actor actor, String comment) {
		String ref = notice.reference() + " " + notice.title();
		switch (notice.status()) {
			case IN_REVIEW -> {
				if (from == Status.DRAFT) {
					OFFICERS.forEach(
							o -> notifier.toCapacity(o, notice, "Decision notice " + ref + " awaits your review."));
				}
			}
			case AWAITING_PCC -> notifier.toCapacity(Capacity.PCC, notice, "Decision notice " + ref
					+ " has been approved by both statutory officers and awaits your decision.");
			case DRAFT -> {
				if (comment != null && !actor.id().equals(notice.createdBy())) {
					notifier.toPerson(notice.createdBy(), notice,
							"Decision notice " + ref + " was returned by " + actor.label() + ": " + comment);
				}
			}
			case SIGNED -> notifier.toCapacity(Capacity.AUTHOR, notice,
					"Decision notice " + ref + " was signed ("
							+ (notice.signature().approved() ? "approved" : "rejected") + "); publish Part 1 by "
							+ notice.publishBy() + ".");
			default -> {
			}
		}
	}

}
