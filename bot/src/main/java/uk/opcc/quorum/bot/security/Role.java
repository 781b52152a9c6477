package uk.opcc.quorum.bot.security;

/**
 * What a Teams user may do in Quorum. A user may hold several roles; an unknown user in
 * an allowed tenant is a {@link #CANDIDATE}, which reads published material only.
 */
public enum Role {

	CANDIDATE("candidate or member of the public"), STAFF("OPCC staff"), SECRETARY("board secretary"),
	CFO("Chief Finance Officer"), MONITORING_OFFICER("Monitoring Officer"), PCC("Police and Crime Commissioner"),
	ADMIN("administrator");

	private final String description;

	Role(String description) {
		this.description = description;
	}

	public String description() {
		return description;
	}

}
