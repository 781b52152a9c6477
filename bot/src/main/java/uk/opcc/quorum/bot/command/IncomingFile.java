package uk.opcc.quorum.bot.command;

/**
 * A file someone sent with a message: name, media type and where the bot may download it.
 */
public record IncomingFile(String name, String contentType, String downloadUrl) {
}
