package uk.opcc.quorum.bot.teams;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.stereotype.Component;

import uk.opcc.quorum.bot.security.GroupDirectory;
import uk.opcc.quorum.bot.security.Role;
import uk.opcc.quorum.bot.security.SecurityProperties;

/**
 * Who holds which role: the roles mapped to a user in {@code quorum.teams.users} plus
 * those of their Entra groups ({@code quorum.security.groups}). Teams callers and REST
 * callers are resolved the same way, so nobody can claim a role by saying so.
 */
@Component
public class Roles {

	private final TeamsProperties teams;

	private final SecurityProperties security;

	private final GroupDirectory groups;

	Roles(TeamsProperties teams, SecurityProperties security, GroupDirectory groups) {
		this.teams = teams;
		this.security = security;
		this.groups = groups;
	}

	/** Nobody mapped is a CANDIDATE. */
	public Set<Role> of(String userId) {
		return of(userId, groups.groupsOf(userId), Set.of());
	}

	/**
	 * The roles of a user whose token already lists their groups and app roles (an Entra
	 * access token): the same mapping as for Teams users, with app roles named after
	 * {@link Role}s granted as they stand.
	 */
	public Set<Role> of(String userId, Collection<String> groupIds, Collection<String> appRoles) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		Set<Role> direct = userId == null ? null : teams.users().get(userId);
		if (direct != null) {
			roles.addAll(direct);
		}
		groupIds.forEach(group -> roles.addAll(security.groups().getOrDefault(group, Set.of())));
		for (String appRole : appRoles) {
			for (Role role : Role.values()) {
				if (role.name().equalsIgnoreCase(appRole)) {
					roles.add(role);
				}
			}
		}
		if (roles.isEmpty()) {
			roles.add(Role.CANDIDATE);
		}
		else if (roles.size() > 1) {
			roles.remove(Role.CANDIDATE);
		}
		return roles;
	}

	/**
	 * Everyone who holds any of these roles: users mapped directly, and the members of
	 * groups mapped to them (read through Graph when it is configured).
	 */
	public Set<String> holders(Set<Role> wanted) {
		Set<String> holders = new TreeSet<>();
		teams.users().forEach((user, roles) -> {
			if (roles.stream().anyMatch(wanted::contains)) {
				holders.add(user);
			}
		});
		security.groups().forEach((group, roles) -> {
			if (roles.stream().anyMatch(wanted::contains)) {
				holders.addAll(groups.membersOf(group));
			}
		});
		return holders;
	}

}
