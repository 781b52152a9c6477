package uk.opcc.quorum.knowledge;

/**
 * A question Quorum will not search for as it stands (over the length limit, or symbols
 * only); the message is the sentence for the asker.
 */
public class QuestionRefused extends IllegalArgumentException {

	QuestionRefused(String message) {
		super(message);
	}

}
