package uk.opcc.quorum.knowledge;

/**
 * Who may read a document: the public (and candidates), the office's staff, or only roles
 * configured for it.
 */
public enum Audience {

	PUBLIC, STAFF, RESTRICTED

}
