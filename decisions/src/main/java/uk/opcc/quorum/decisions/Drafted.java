package uk.opcc.quorum.decisions;

/**
 * A new draft notice and how it was drafted.
 *
 * @param notice the stored draft
 * @param mode "llm" when a language model filled the sections, "template" otherwise
 * @param note what the person should know (sections left to write, or that the model failed)
 */
public record Drafted(DecisionNotice notice, String mode, String note) {
}
