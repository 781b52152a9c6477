package uk.opcc.quorum.bot.meet;

import java.util.EnumSet;
import java.util.Set;

import uk.opcc.quorum.bot.security.Role;

/** Who may do what in Meet: only secretaries (and admins) change a board's meetings. */
final class MeetRoles {

	static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);

	static final Set<Role> OFFICE = EnumSet.complementOf(EnumSet.of(Role.CANDIDATE));

	static final Set<Role> SECRETARIAT = EnumSet.of(Role.SECRETARY, Role.ADMIN);

	private MeetRoles() {
	}

}
