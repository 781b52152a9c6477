package uk.opcc.quorum.knowledge.upload;

/**
 * A large file refused because as many are already waiting as the queue holds; the
 * message is a sentence for the person who sent it.
 */
public class UploadsBusy extends RuntimeException {

	public UploadsBusy(String message) {
		super(message);
	}

}
