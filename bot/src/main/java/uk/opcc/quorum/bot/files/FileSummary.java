package uk.opcc.quorum.bot.files;

/**
 * What a document is, without its bytes.
 *
 * @param title how a sentence names it, e.g. {@code Decision notice 2027/004}
 * @param command what to type after {@code send} to have it, e.g. {@code notice 2027/004}
 * @param page its public page, or null when it has none
 */
public record FileSummary(String title, String command, String page) {
}
