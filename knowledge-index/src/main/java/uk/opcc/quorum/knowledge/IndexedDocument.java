package uk.opcc.quorum.knowledge;

import java.time.Instant;

/**
 * A document in the index.
 *
 * @param id stable id
 * @param title title taken from the document, or its file name
 * @param source where it came from: {@code corpus:<path>}, {@code upload:<file name>} or
 * {@code teams:<file name>}
 * @param audience who may read it
 * @param checksum SHA-256 of the original bytes; the same content is never indexed twice
 * @param indexedAt when it was indexed
 * @param chunks how many passages it was split into
 */
public record IndexedDocument(String id, String title, String source, Audience audience, String checksum,
		Instant indexedAt, int chunks) {
}
