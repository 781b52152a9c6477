package uk.opcc.quorum.bot.files;

/**
 * A file ready to upload: made when needed and dropped once sent.
 *
 * @param name the file name, e.g. {@code decision-2027-004.docx}
 * @param bytes its content
 */
public record OutgoingFile(String name, byte[] bytes) {
}
