package uk.opcc.quorum.bot.command;

/**
 * A file someone sent with a message: name, media type and where the bot may download it.
 *
 * @param sharePoint the address is a SharePoint file (a file posted in a channel), which
 * only Microsoft Graph hands out, rather than a download link Quorum may fetch itself
 */
public record IncomingFile(String name, String contentType, String downloadUrl, boolean sharePoint) {

	public IncomingFile(String name, String contentType, String downloadUrl) {
		this(name, contentType, downloadUrl, false);
	}

}
