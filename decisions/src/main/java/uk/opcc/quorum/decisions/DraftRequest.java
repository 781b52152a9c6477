package uk.opcc.quorum.decisions;

/**
 * What to draft a notice from: a paragraph someone pasted, or a decision minuted at a
 * meeting (then {@code text} may be empty and the minuted decision is used).
 *
 * @param text the paragraph
 * @param source the meeting, or null
 */
public record DraftRequest(String text, DecisionNotice.SourceMeeting source) {
}
