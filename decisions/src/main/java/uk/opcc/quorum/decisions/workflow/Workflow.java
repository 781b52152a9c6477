package uk.opcc.quorum.decisions.workflow;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import uk.opcc.quorum.decisions.Capacity;
import uk.opcc.quorum.decisions.Status;

import static uk.opcc.quorum.decisions.Capacity.ADMIN;
import static uk.opcc.quorum.decisions.Capacity.AUTHOR;
import static uk.opcc.quorum.decisions.Capacity.CHIEF_FINANCE_OFFICER;
import static uk.opcc.quorum.decisions.Capacity.MONITORING_OFFICER;
import static uk.opcc.quorum.decisions.Capacity.PCC;
import static uk.opcc.quorum.decisions.Status.AWAITING_PCC;
import static uk.opcc.quorum.decisions.Status.DEFERRED;
import static uk.opcc.quorum.decisions.Status.DRAFT;
import static uk.opcc.quorum.decisions.Status.IN_REVIEW;
import static uk.opcc.quorum.decisions.Status.NOT_PUBLISHED;
import static uk.opcc.quorum.decisions.Status.PUBLISHED;
import static uk.opcc.quorum.decisions.Status.SIGNED;
import static uk.opcc.quorum.decisions.Status.WITHDRAWN;

/**
 * Every allowed move of a notice, and who may make it. Anything not listed is refused.
 */
public final class Workflow {

	/**
	 * @param from where the notice is
	 * @param to where it goes
	 * @param who the capacities that may move it
	 * @param needsComment whether the move needs a reason (returning, deferring,
	 * withdrawing, not publishing)
	 */
	public record Move(Status from, Status to, Set<Capacity> who, boolean needsComment) {
	}

	private static final Set<Capacity> OFFICERS = EnumSet.of(CHIEF_FINANCE_OFFICER, MONITORING_OFFICER);

	private static final List<Move> MOVES = List.of(new Move(DRAFT, IN_REVIEW, EnumSet.of(AUTHOR), false),
			// Each statutory officer approves; the notice goes to the PCC once both have.
			new Move(IN_REVIEW, AWAITING_PCC, OFFICERS, false),
			new Move(IN_REVIEW, DRAFT, EnumSet.of(CHIEF_FINANCE_OFFICER, MONITORING_OFFICER, AUTHOR), true),
			new Move(AWAITING_PCC, SIGNED, EnumSet.of(PCC), false),
			new Move(AWAITING_PCC, DRAFT, EnumSet.of(PCC), true),
			new Move(SIGNED, PUBLISHED, EnumSet.of(AUTHOR, ADMIN), false),
			new Move(SIGNED, NOT_PUBLISHED, EnumSet.of(MONITORING_OFFICER, PCC), true),
			new Move(DRAFT, DEFERRED, EnumSet.of(PCC, ADMIN), true),
			new Move(IN_REVIEW, DEFERRED, EnumSet.of(PCC, ADMIN), true),
			new Move(AWAITING_PCC, DEFERRED, EnumSet.of(PCC, ADMIN), true),
			new Move(DEFERRED, DRAFT, EnumSet.of(AUTHOR, PCC, ADMIN), false),
			new Move(DRAFT, WITHDRAWN, EnumSet.of(AUTHOR, PCC, ADMIN), true),
			new Move(IN_REVIEW, WITHDRAWN, EnumSet.of(AUTHOR, PCC, ADMIN), true),
			new Move(AWAITING_PCC, WITHDRAWN, EnumSet.of(AUTHOR, PCC, ADMIN), true),
			new Move(DEFERRED, WITHDRAWN, EnumSet.of(AUTHOR, PCC, ADMIN), true));

	private Workflow() {
	}

	public static Optional<Move> move(Status from, Status to) {
		return MOVES.stream().filter(m -> m.from() == from && m.to() == to).findFirst();
	}

	/** Where a notice in {@code from} may go. */
	public static List<Status> next(Status from) {
		return MOVES.stream().filter(m -> m.from() == from).map(Move::to).toList();
	}

	public static List<Move> all() {
		return MOVES;
	}

}
