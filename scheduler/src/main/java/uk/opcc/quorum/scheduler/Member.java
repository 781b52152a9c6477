package uk.opcc.quorum.scheduler;

/**
 * A person on a board.
 *
 * @param id Entra object id (how Teams knows them) or e-mail address
 * @param name display name
 * @param email calendar address, used for availability and invitations; may be null when
 * unknown
 * @param role what they do at the board
 */
public record Member(String id, String name, String email, Role role) {

	public enum Role {

		CHAIR, SECRETARY, MEMBER, OFFICER

	}

	public Member {
		if (id == null || id.isBlank()) {
			throw new SchedulingException(SchedulingException.Reason.INVALID,
					"Every board member needs an id (Entra object id or e-mail).");
		}
		id = id.strip();
		name = name == null || name.isBlank() ? id : name.strip();
		if ((email == null || email.isBlank()) && id.contains("@")) {
			email = id;
		}
		role = role == null ? Role.MEMBER : role;
	}

	/**
	 * True when this member is the person known by {@code who} (id or e-mail, ignoring
	 * case).
	 */
	public boolean is(String who) {
		return who != null && (who.equalsIgnoreCase(id) || who.equalsIgnoreCase(email));
	}

}
