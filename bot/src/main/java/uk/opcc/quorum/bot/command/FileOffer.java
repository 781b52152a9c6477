package uk.opcc.quorum.bot.command;

import java.util.Map;

/**
 * A file Quorum offers to send into a personal chat. Only what names the file travels
 * with the offer (and comes back when it is accepted): the file itself is made again
 * then, so nothing is held in memory while the person decides, and what they receive is
 * the file as it stands when they say yes.
 *
 * @param kind which {@code FileSource} makes it, e.g. {@code notice}
 * @param id what the source knows it by
 * @param name the file name shown in Teams
 * @param description one line shown on the consent card
 * @param size its size in bytes when offered
 */
public record FileOffer(String kind, String id, String name, String description, long size) {

	public FileOffer {
		if (kind == null || id == null || name == null || size < 0) {
			throw new IllegalArgumentException("a file offer needs a kind, an id, a name and a size");
		}
	}

	/** What comes back when the offer is accepted or declined: identifiers only. */
	public Map<String, String> context() {
		return Map.of("kind", kind, "id", id);
	}

}
