package uk.opcc.quorum.knowledge;

/** A question over {@code quorum.knowledge.max-question-length}. */
public class QuestionTooLong extends QuestionRefused {

	QuestionTooLong(int length, int limit) {
		super("A question may be at most " + limit + " characters; this one has " + length
				+ ". Please ask it in fewer words.");
	}

}
