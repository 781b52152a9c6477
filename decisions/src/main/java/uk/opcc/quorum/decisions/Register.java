package uk.opcc.quorum.decisions;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Service;

import uk.opcc.quorum.decisions.render.RegisterFeed;
import uk.opcc.quorum.decisions.store.NoticeStore;

/**
 * The public register: published notices (Part 1 only), those not published or withdrawn
 * (number and title only), the forward plan, and the Atom feed. Pages are built from
 * {@link RegisterEntry}, {@link PublishedNotice} and {@link PlannedDecision}, none of
 * which carries Part 2.
 */
@Service
public class Register {

	private static final List<Status> LISTED = List.of(Status.PUBLISHED, Status.NOT_PUBLISHED, Status.WITHDRAWN,
			Status.DEFERRED);

	private static final List<Status> PLANNED = List.of(Status.DRAFT, Status.IN_REVIEW, Status.AWAITING_PCC,
			Status.SIGNED, Status.DEFERRED);

	private final NoticeStore store;

	private final DecisionsProperties properties;

	public Register(NoticeStore store, DecisionsProperties properties) {
		this.store = store;
		this.properties = properties;
	}

	/**
	 * The register's lines matching a search (reference, title and, once published, Part
	 * 1; never Part 2), newest first; all of them when the query is blank.
	 */
	public List<RegisterEntry> entries(String query) {
		String q = query == null ? "" : query.strip().toLowerCase(Locale.UK);
		List<DecisionNotice> listed = store.withStatus(LISTED)
			.stream()
			// Withdrawn or deferred notices are public only once announced on the forward
			// plan.
			.filter(n -> n.status() == Status.PUBLISHED || n.status() == Status.NOT_PUBLISHED
					|| n.forwardPlan() != null)
			.filter(n -> q.isEmpty() || searchable(n).contains(q))
			.toList();
		return listed.stream().map(RegisterEntry::of).toList();
	}

	/**
	 * A published notice by its address: the reference with hyphens for slashes and
	 * spaces (2027-004, 2027-004-v2), in any case.
	 */
	public PublishedNotice notice(String slug) {
		DecisionNotice notice = published().stream()
			.filter(n -> n.slug().equalsIgnoreCase(slug))
			.findFirst()
			.orElseThrow(() -> DecisionException.notFound("No published decision notice " + slug + "."));
		return PublishedNotice.of(notice);
	}

	public String feed() {
		return RegisterFeed.atom(properties.office(), properties.publicUrl().toString().replaceAll("/$", ""),
				published());
	}

	/** Decisions announced on the forward plan and not yet published, soonest first. */
	public List<PlannedDecision> forwardPlan() {
		return store.withStatus(PLANNED)
			.stream()
			.filter(n -> n.forwardPlan() != null)
			.sorted(Comparator.comparing((DecisionNotice n) -> n.forwardPlan().expectedDate()))
			.map(PlannedDecision::of)
			.toList();
	}

	private List<DecisionNotice> published() {
		return store.withStatus(List.of(Status.PUBLISHED));
	}

	/**
	 * What search looks in: the reference, the title and, once published, Part 1. Never
	 * Part 2.
	 */
	private static String searchable(DecisionNotice notice) {
		StringBuilder text = new StringBuilder(notice.reference()).append(' ').append(notice.title());
		if (notice.status() == Status.PUBLISHED) {
			notice.sections().byHeading().values().forEach(s -> text.append(' ').append(s == null ? "" : s));
		}
		return text.toString().toLowerCase(Locale.UK);
	}

}
