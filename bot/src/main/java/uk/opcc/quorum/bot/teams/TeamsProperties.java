package uk.opcc.quorum.bot.teams;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import uk.opcc.quorum.bot.security.Role;

/**
 * How Quorum meets Teams.
 *
 * @param allowedTenants Entra tenant ids whose users may use Quorum; empty allows any (development only)
 * @param users roles by Entra object id of the user; anyone else in an allowed tenant is a CANDIDATE
 * @param maxBodySize larger activities are refused with 413
 */
@ConfigurationProperties("quorum.teams")
public record TeamsProperties(List<String> allowedTenants, Map<String, Set<Role>> users,
		@DefaultValue("256KB") DataSize maxBodySize) {

	public TeamsProperties {
		allowedTenants = allowedTenants == null ? List.of() : List.copyOf(allowedTenants);
		users = users == null ? Map.of() : Map.copyOf(users);
	}

	boolean tenantAllowed(String tenantId) {
		return allowedTenants.isEmpty() || (tenantId != null && allowedTenants.contains(tenantId));
	}

	Set<Role> rolesOf(String userId) {
		Set<Role> roles = userId == null ? null : users.get(userId);
		return roles == null || roles.isEmpty() ? Set.of(Role.CANDIDATE) : roles;
	}

}
