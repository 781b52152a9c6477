package uk.opcc.quorum.bot.command;

import java.util.Collection;
import java.util.Set;

import uk.opcc.quorum.bot.security.Role;

/**
 * Who is speaking to Quorum.
 *
 * @param userId Entra (AAD) object id, or a local id on the chat page
 * @param name display name
 * @param tenantId Entra tenant id, null outside Teams
 * @param roles the roles configuration grants this user, never empty
 */
public record Caller(String userId, String name, String tenantId, Set<Role> roles) {

	public Caller {
		roles = Set.copyOf(roles);
		if (roles.isEmpty()) {
			throw new IllegalArgumentException("a caller has at least one role");
		}
	}

	public boolean hasAny(Collection<Role> wanted) {
		return wanted.stream().anyMatch(roles::contains);
	}

}
