package uk.opcc.quorum.knowledge;

import java.util.List;

/**
 * Quorum's reply to a question.
 *
 * @param text the answer, with numbered markers [1], [2] pointing into {@code citations}
 * @param grounded false when the documents do not answer and Quorum says so
 * @param citations the passages used, in marker order
 * @param mode how the text was made
 */
public record Answer(String text, boolean grounded, List<Citation> citations, Mode mode) {

	/** How an answer's text was made. */
	public enum Mode {

		/** Quoted from the passages by Quorum's own rules. */
		EXTRACTIVE,
		/**
		 * Written by the configured language model from the passages, its citations and
		 * numbers checked.
		 */
		GENERATED,
		/**
		 * Quoted, because the configured language model failed or answered something that
		 * did not check out.
		 */
		EXTRACTIVE_FALLBACK

	}

	public Answer {
		citations = List.copyOf(citations);
	}

}
