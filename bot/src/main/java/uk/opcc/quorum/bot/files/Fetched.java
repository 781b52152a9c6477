package uk.opcc.quorum.bot.files;

/**
 * A file to upload once the person has allowed it, or the sentence saying why it is not
 * sent.
 */
public record Fetched(OutgoingFile file, String refusal) {

	static Fetched refused(String sentence) {
		return new Fetched(null, sentence);
	}

}
