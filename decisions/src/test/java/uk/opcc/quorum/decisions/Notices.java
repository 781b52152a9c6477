package uk.opcc.quorum.decisions;

import java.util.Set;

/** Actors and complete notices for the tests. */
final class Notices {

	static final Actor AUTHOR = new Actor("staff-1", "Sam Author", Set.of(Capacity.AUTHOR));

	static final Actor CFO = new Actor("cfo-1", "Chris Finance", Set.of(Capacity.CHIEF_FINANCE_OFFICER));

	static final Actor MO = new Actor("mo-1", "Morgan Monitor", Set.of(Capacity.MONITORING_OFFICER));

	static final Actor PCC = new Actor("pcc-1", "Pat Commissioner", Set.of(Capacity.PCC));

	static final Actor ADMIN = new Actor("admin-1", "Alex Admin", Set.of(Capacity.ADMIN));

	private Notices() {
	}

	static Actor as(Capacity capacity) {
		return switch (capacity) {
			case AUTHOR -> AUTHOR;
			case CHIEF_FINANCE_OFFICER -> CFO;
			case MONITORING_OFFICER -> MO;
			case PCC -> PCC;
			case ADMIN -> ADMIN;
		};
	}

	static NoticeRequest complete(String title) {
		return new NoticeRequest(title, new Sections("Extend the victims' referral service contract by twelve months.",
				"That the Police and Crime Commissioner approves a twelve-month extension.",
				"The current contract ends on 31 March 2027 and a new tender is not ready.",
				"Extend; re-tender at once; bring the service in house.",
				"An extension keeps the service running while the tender is prepared.", "Victims' groups were asked.",
				"Officers support the extension.", "GBP 410,000 from the victims' grant.",
				"The contract allows one extension of up to a year.", "No adverse effect identified.", "None engaged.",
				"Provider capacity is monitored monthly.", "No material effect."), null, null, null, null);
	}

}
