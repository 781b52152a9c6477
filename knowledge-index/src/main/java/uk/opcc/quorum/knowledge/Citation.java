package uk.opcc.quorum.knowledge;

/**
 * The passage an answer rests on.
 *
 * @param documentId the indexed document
 * @param title the document's title
 * @param section heading, slide or page the passage sits under
 * @param snippet the words quoted from it
 */
public record Citation(String documentId, String title, String section, String snippet) {
}
