/**
 * Large uploads indexed in the background: {@link BackgroundUploads} takes a file and
 * returns its {@link Upload} job at once, whose progress is kept in the module's own
 * collection, so a status URL or a Teams message can follow it. A named interface of the
 * knowledge module: the bot submits and reads jobs; the store stays internal in use.
 */
@NamedInterface("upload")
package uk.opcc.quorum.knowledge.upload;

import org.springframework.modulith.NamedInterface;
