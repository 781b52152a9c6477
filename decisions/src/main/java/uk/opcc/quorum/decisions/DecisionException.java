package uk.opcc.quorum.decisions;

/**
 * A request the decisions module refuses, with a sentence for the person who made it;
 * nothing was changed.
 */
public class DecisionException extends RuntimeException {

	public enum Reason {

		NOT_FOUND, INVALID, CONFLICT, FORBIDDEN

	}

	private final Reason reason;

	public DecisionException(Reason reason, String message) {
		super(message);
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}

	public static DecisionException notFound(String message) {
		return new DecisionException(Reason.NOT_FOUND, message);
	}

	public static DecisionException invalid(String message) {
		return new DecisionException(Reason.INVALID, message);
	}

	public static DecisionException conflict(String message) {
		return new DecisionException(Reason.CONFLICT, message);
	}

	public static DecisionException forbidden(String message) {
		return new DecisionException(Reason.FORBIDDEN, message);
	}

}
