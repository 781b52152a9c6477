package uk.opcc.quorum.bot.decide;

import java.util.EnumSet;
import java.util.Set;

import uk.opcc.quorum.bot.command.Caller;
import uk.opcc.quorum.bot.security.Role;
import uk.opcc.quorum.decisions.Actor;
import uk.opcc.quorum.decisions.Capacity;

/**
 * Quorum's roles as the decisions module's capacities: staff and secretaries author, the
 * officers review.
 */
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

}
