package uk.opcc.quorum.knowledge;

/**
 * A file that cannot be indexed, with a message written for the person who supplied it.
 */
public class IngestionException extends RuntimeException {

	private final String fileName;

	public IngestionException(String fileName, String message) {
		this(fileName, message, null);
	}

	public IngestionException(String fileName, String message, Throwable cause) {
		super(fileName + ": " + message, cause);
		this.fileName = fileName;
	}

	public String fileName() {
		return fileName;
	}

}
