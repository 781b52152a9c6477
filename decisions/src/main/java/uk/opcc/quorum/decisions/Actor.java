package uk.opcc.quorum.decisions;

import java.util.Set;

/**
 * Who is acting on a notice.
 *
 * @param id their id (Entra object id, or what a REST caller gives)
 * @param name their display name, written into sign-offs and the audit trail; null when
 * neither Teams nor sign-in gave one
 * @param capacities what they may act as
 */
public record Actor(String id, String name, Set<Capacity> capacities) {

	public Actor {
		capacities = Set.copyOf(capacities);
		name = name == null || name.isBlank() ? null : name.strip();
	}

	/** Their name for the audit trail: the display name, else the id. */
	public String label() {
		return name == null ? id : name;
	}

	/**
	 * The name a sign-off carries. A public notice names people, never ids, so without a
	 * display name the sign-off is refused.
	 */
	public String signatory() {
		if (name == null) {
			throw DecisionException.invalid("Quorum does not know your name, and a sign-off on a published notice "
					+ "carries the signatory's name. Sign off in Teams, or sign in, so that your display name comes "
					+ "with the request.");
		}
		return name;
	}

	public boolean actsAs(Capacity capacity) {
		return capacities.contains(capacity);
	}

}
