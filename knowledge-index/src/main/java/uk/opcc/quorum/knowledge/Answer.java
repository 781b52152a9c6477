package uk.opcc.quorum.knowledge;

import java.util.List;

/**
 * Quorum's reply to a question.
 *
 * @param text the answer, with numbered markers [1], [2] pointing into {@code citations}
 * @param grounded false when the documents do not answer and Quorum says so
 * @param citations the passages used, in marker order
 * @param mode how the text was made: {@code extractive}, {@code generated}, or {@code extractive-fallback}
 *     when a configured language model failed
 */
public record Answer(String text, boolean grounded, List<Citation> citations, String mode) {

	public Answer {
		citations = List.copyOf(citations);
	}

}
