package uk.opcc.quorum.bot.ask;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.stereotype.Component;

import uk.opcc.quorum.bot.security.Role;
import uk.opcc.quorum.knowledge.Audience;

/**
 * Which documents a role may read: candidates see published material only, anyone in the
 * office sees staff documents too, and restricted documents are for the roles configured
 * in {@code quorum.ask.restricted-roles}.
 */
@Component
public class Readership {

	private final AskProperties properties;

	Readership(AskProperties properties) {
		this.properties = properties;
	}

	public Set<Audience> audiences(Set<Role> roles) {
		Set<Audience> audiences = EnumSet.of(Audience.PUBLIC);
		if (roles.stream().anyMatch(role -> role != Role.CANDIDATE)) {
			audiences.add(Audience.STAFF);
		}
		if (roles.stream().anyMatch(properties.restrictedRoles()::contains)) {
			audiences.add(Audience.RESTRICTED);
		}
		return audiences;
	}

}
