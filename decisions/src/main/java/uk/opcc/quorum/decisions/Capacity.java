package uk.opcc.quorum.decisions;

/**
 * In what capacity someone acts on a decision notice. The application maps its users'
 * roles to these; the module knows nothing of Teams.
 */
public enum Capacity {

	/** Office staff who draft notices, submit them and publish signed ones. */
	AUTHOR("a member of OPCC staff"), CHIEF_FINANCE_OFFICER("the Chief Finance Officer"),
	MONITORING_OFFICER("the Monitoring Officer"), PCC("the Police and Crime Commissioner"),
	/** Administrators publish, withdraw and manage; they never review or sign. */
	ADMIN("an administrator");

	private final String description;

	Capacity(String description) {
		this.description = description;
	}

	public String description() {
		return description;
	}

}
