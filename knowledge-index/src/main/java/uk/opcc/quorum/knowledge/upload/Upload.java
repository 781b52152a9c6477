package uk.opcc.quorum.knowledge.upload;

import java.time.Instant;

import uk.opcc.quorum.knowledge.Audience;
import uk.opcc.quorum.knowledge.IndexedDocument;

/**
 * A file being indexed in the background, as whoever sent it may follow it.
 *
 * @param id the job's id, for its status address
 * @param fileName the file as it was sent
 * @param uploader who sent it
 * @param audience who will read it
 * @param state where it is
 * @param percent how far indexing has gone, 0 to 100
 * @param stage what is being done, in words
 * @param document the indexed document once {@link State#DONE}
 * @param failure why it was not indexed once {@link State#FAILED}, a sentence for the
 * person who sent it
 * @param createdAt when it was accepted
 * @param updatedAt when it last moved on
 */
public record Upload(String id, String fileName, String uploader, Audience audience, State state, int percent,
		String stage, IndexedDocument document, String failure, Instant createdAt, Instant updatedAt) {

	public enum State {

		QUEUED, RUNNING, DONE, FAILED;

		public boolean finished() {
			return this == DONE || this == FAILED;
		}

	}

}
