package uk.opcc.quorum.decisions;

import java.time.LocalDate;

/**
 * A line of the public register: number, title, date, decision maker and status. Only a
 * published notice has a page; a notice not published, withdrawn or deferred shows its
 * number and title only.
 *
 * @param number the reference number, e.g. 2027/004
 * @param version 1, or higher for a correction
 * @param reference the number with its version, e.g. 2027/004 v2
 * @param title the title
 * @param decided the day the PCC signed it; null when it was never signed
 * @param decisionMaker who decides, in words
 * @param status where the notice is
 */
public record RegisterEntry(String number, int version, String reference, String title, LocalDate decided,
		String decisionMaker, Status status) {

	static RegisterEntry of(DecisionNotice notice) {
		return new RegisterEntry(notice.number(), notice.version(), notice.reference(), notice.title(),
				notice.signature() == null ? null : notice.signature().date(), notice.decisionMaker().label(),
				notice.status());
	}

	/** Whether the notice has a page of its own: once published. */
	public boolean hasPage() {
		return status == Status.PUBLISHED;
	}

	/**
	 * The page's address, the number as people type it: {@code /register/2027/004}, and
	 * {@code /register/2027/004-v2} for a correction.
	 */
	public String path() {
		return pathOf(number, version);
	}

	/** The status in words. */
	public String statusLabel() {
		return switch (status) {
			case PUBLISHED -> "Published";
			case NOT_PUBLISHED -> "Not published";
			case DEFERRED -> "Deferred";
			case WITHDRAWN -> "Withdrawn";
			default -> status.name();
		};
	}

	static String pathOf(String number, int version) {
		return "/register/" + number + (version > 1 ? "-v" + version : "");
	}

}
