package uk.opcc.quorum.bot.decide;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import uk.opcc.quorum.bot.api.ApiProblem;
import uk.opcc.quorum.bot.command.Caller;
import uk.opcc.quorum.bot.security.Role;
import uk.opcc.quorum.decisions.Actor;
import uk.opcc.quorum.decisions.Capacity;

/** Quorum's roles as the decisions module's capacities: staff and secretaries author, the officers review. */
final class Capacities {

	private Capacities() {
	}

	static Set<Capacity> of(Set<Role> roles) {
		Set<Capacity> capacities = EnumSet.noneOf(Capacity.class);
		for (Role role : roles) {
			switch (role) {
				case STAFF, SECRETARY -> capacities.add(Capacity.AUTHOR);
				case CFO -> capacities.add(Capacity.CHIEF_FINANCE_OFFICER);
				case MONITORING_OFFICER -> capacities.add(Capacity.MONITORING_OFFICER);
				case PCC -> capacities.add(Capacity.PCC);
				case ADMIN -> capacities.add(Capacity.ADMIN);
				case CANDIDATE -> {
				}
			}
		}
		return capacities;
	}

	static Set<Role> rolesFor(Capacity capacity) {
		return switch (capacity) {
			case AUTHOR -> EnumSet.of(Role.STAFF, Role.SECRETARY);
			case CHIEF_FINANCE_OFFICER -> EnumSet.of(Role.CFO);
			case MONITORING_OFFICER -> EnumSet.of(Role.MONITORING_OFFICER);
			case PCC -> EnumSet.of(Role.PCC);
			case ADMIN -> EnumSet.of(Role.ADMIN);
		};
	}

	static Actor actor(Caller caller) {
		return new Actor(caller.userId(), caller.name(), of(caller.roles()));
	}

	/**
	 * A REST caller: the API key says it is a trusted integration, which names the person it acts for and their
	 * roles (X-Quorum-User, X-Quorum-Name, X-Quorum-Roles; staff when no role is given).
	 */
	static Actor actor(String user, String name, String roles) {
		Set<Role> parsed = EnumSet.noneOf(Role.class);
		for (String role : (roles == null || roles.isBlank() ? "STAFF" : roles).split(",")) {
			try {
				parsed.add(Role.valueOf(role.strip().toUpperCase(Locale.ROOT)));
			}
			catch (IllegalArgumentException ex) {
				throw ApiProblem.badRequest("Unknown role '" + role.strip() + "' in X-Quorum-Roles; roles are "
						+ Arrays.toString(Role.values()) + ".");
			}
		}
		return new Actor(user, name, of(parsed));
	}

}
