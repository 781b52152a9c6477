/**
 * Sending Quorum's documents (agenda packs, decision notices) into a personal chat with
 * Teams' file consent: the features contribute
 * {@link uk.opcc.quorum.bot.files.FileSource} beans; {@code send} and the "Send me the
 * file" buttons offer a file; the Teams handler uploads it once the person allows it.
 */
package uk.opcc.quorum.bot.files;
