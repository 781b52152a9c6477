package uk.opcc.quorum.decisions;

/**
 * A new draft notice and how it was drafted.
 *
 * @param notice the stored draft
 * @param mode how the sections were written
 * @param note what the person should know (sections left to write, or that the model
 * failed)
 */
public record Drafted(DecisionNotice notice, Mode mode, String note) {

	/** How a draft's sections were written. */
	public enum Mode {

		/** By the configured language model, from the text and the office's passages. */
		GENERATED,
		/** From the template, with the sections a person must write marked. */
		TEMPLATE

	}

}
