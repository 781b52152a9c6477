package uk.opcc.quorum.decisions;

/** Where a notice is, from first draft to the public register. */
public enum Status {

	DRAFT, IN_REVIEW, AWAITING_PCC, SIGNED, PUBLISHED, DEFERRED, WITHDRAWN, NOT_PUBLISHED;

	/**
	 * Once signed, the text is the record of the decision: a correction is a new version.
	 */
	public boolean signed() {
		return this == SIGNED || this == PUBLISHED || this == NOT_PUBLISHED;
	}

}
