package uk.opcc.quorum.decisions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;

import uk.opcc.quorum.decisions.numbering.NumberAllocator;
import uk.opcc.quorum.decisions.store.NoticeStore;
import uk.opcc.quorum.decisions.workflow.Audit;
import uk.opcc.quorum.decisions.workflow.NoticeRules;

/**
 * Decision notices: create, read, edit while a draft, and correct once signed (a new
 * version).
 */
@Service
public class Decisions {

	private final NoticeStore store;

	private final NumberAllocator numbers;

	private final Audit audit;

	private final Clock clock;

	public Decisions(NoticeStore store, NumberAllocator numbers, Audit audit, Clock clock) {
		this.store = store;
		this.numbers = numbers;
		this.audit = audit;
		this.clock = clock;
	}

	public DecisionNotice create(NoticeRequest request, Actor actor) {
		requireAuthor(actor, "start a decision notice");
		DecisionNotice notice = new DecisionNotice(UUID.randomUUID().toString(), null, 1, null, strip(request.title()),
				Sections.empty().with(request.sections()), part2(request.part2()), request.decisionMaker(),
				request.source(), request.forwardPlan(), Status.DRAFT, List.of(), null, null, null, null, actor.id(),
				clock.instant(), 0);
		NoticeRules.checkContent(notice);
		// The number is allocated only once the notice is known to be valid, so refusals
		// leave no gaps.
		notice = withNumber(notice, numbers.next(LocalDate.now(clock).getYear()));
		store.insert(notice, audit.entry(notice.id(), actor, "created", Map.of("number", notice.number())));
		return notice;
	}

	public DecisionNotice get(String id) {
		return store.find(id).orElseThrow(() -> DecisionException.notFound("There is no decision notice " + id + "."));
	}

	/** The latest version of the notice with this number, as the register writes it. */
	public java.util.Optional<DecisionNotice> latest(String number) {
		List<DecisionNotice> versions = store.versionsOf(number);
		return versions.isEmpty() ? java.util.Optional.empty()
				: java.util.Optional.of(versions.get(versions.size() - 1));
	}

	public List<DecisionNotice> list(List<Status> statuses) {
		return statuses == null || statuses.isEmpty() ? store.all() : store.withStatus(statuses);
	}

	public List<AuditEntry> audit(String id) {
		return store.auditOf(get(id).id());
	}

	/**
	 * Changes a draft. Under review it must be returned first; once signed only a
	 * correction can change it.
	 */
	public DecisionNotice edit(String id, NoticeRequest change, Actor actor) {
		requireAuthor(actor, "edit a decision notice");
		DecisionNotice notice = get(id);
		if (notice.status().signed()) {
			throw DecisionException.conflict("Notice " + notice.reference() + " is signed and cannot be edited; a "
					+ "correction is made as a new version (POST /api/decisions/" + id + "/corrections).");
		}
		if (notice.status() != Status.DRAFT) {
			throw DecisionException.conflict("Notice " + notice.reference() + " is " + notice.status()
					+ "; it can be edited only as a draft (return it to DRAFT first).");
		}
		DecisionNotice edited = apply(notice, change);
		NoticeRules.checkContent(edited);
		Map<String, String> changes = Audit.changes(notice, edited);
		if (changes.isEmpty()) {
			return notice;
		}
		return store.update(edited, audit.entry(notice.id(), actor, "edited", changes));
	}

	/**
	 * A correction of a signed notice: a new draft version with the same number, going
	 * through sign-off again.
	 */
	public DecisionNotice correct(String id, NoticeRequest change, Actor actor) {
		requireAuthor(actor, "correct a decision notice");
		DecisionNotice signed = get(id);
		if (!signed.status().signed()) {
			throw DecisionException.conflict("Notice " + signed.reference() + " is not signed; edit it instead.");
		}
		int version = store.versionsOf(signed.number()).stream().mapToInt(DecisionNotice::version).max().orElse(1) + 1;
		DecisionNotice base = new DecisionNotice(UUID.randomUUID().toString(), signed.number(), version, signed.id(),
				signed.title(), signed.sections(), signed.part2(), signed.decisionMaker(), signed.source(),
				signed.forwardPlan(), Status.DRAFT, List.of(), null, null, null, null, actor.id(), clock.instant(), 0);
		DecisionNotice correction = apply(base, change);
		NoticeRules.checkContent(correction);
		store.insert(correction, audit.entry(correction.id(), actor, "created as a correction of " + signed.reference(),
				Audit.changes(signed, correction)));
		store.note(signed.id(), audit.entry(signed.id(), actor, "corrected by " + correction.reference(),
				Map.of("correction", correction.id())));
		return correction;
	}

	private static DecisionNotice apply(DecisionNotice notice, NoticeRequest change) {
		return notice.edited(change.title() == null ? notice.title() : strip(change.title()),
				notice.sections().with(change.sections()),
				change.part2() == null ? notice.part2() : part2(change.part2()),
				change.decisionMaker() == null ? notice.decisionMaker() : change.decisionMaker(),
				change.forwardPlan() == null ? notice.forwardPlan() : change.forwardPlan());
	}

	static void requireAuthor(Actor actor, String what) {
		if (!actor.actsAs(Capacity.AUTHOR) && !actor.actsAs(Capacity.ADMIN)) {
			throw DecisionException.forbidden("Only OPCC staff can " + what + ".");
		}
	}

	private static DecisionNotice.Part2 part2(DecisionNotice.Part2 part2) {
		return part2 == null || part2.text() == null || part2.text().isBlank() ? null
				: new DecisionNotice.Part2(part2.text().strip(), strip(part2.reason()));
	}

	private static DecisionNotice withNumber(DecisionNotice n, String number) {
		return new DecisionNotice(n.id(), number, n.version(), n.supersedes(), n.title(), n.sections(), n.part2(),
				n.decisionMaker(), n.source(), n.forwardPlan(), n.status(), n.reviews(), n.signature(), n.statusNote(),
				n.publishBy(), n.publishedAt(), n.createdBy(), n.createdAt(), n.revision());
	}

	private static String strip(String text) {
		return text == null ? null : text.strip();
	}

}
