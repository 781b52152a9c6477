package uk.opcc.quorum.decisions;

import java.util.Set;

/**
 * Who is acting on a notice.
 *
 * @param id their id (Entra object id, or what a REST caller gives)
 * @param name their name, written into sign-offs and the audit trail
 * @param capacities what they may act as
 */
public record Actor(String id, String name, Set<Capacity> capacities) {

	public Actor {
		capacities = Set.copyOf(capacities);
		name = name == null || name.isBlank() ? id : name.strip();
	}

	public boolean actsAs(Capacity capacity) {
		return capacities.contains(capacity);
	}

}
