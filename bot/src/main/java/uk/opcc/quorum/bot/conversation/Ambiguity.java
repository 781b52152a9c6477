package uk.opcc.quorum.bot.conversation;

import java.util.Map;

/**
 * A name in a request that fits more than one board or member: asked, never guessed.
 *
 * @param question what to ask ("Which Jane do you mean?")
 * @param options each choice's label and the request rewritten with it ("Jane Smith" to
 * "what's overdue for Jane Smith"), in the order the names are configured
 */
public record Ambiguity(String question, Map<String, String> options) {

	public Ambiguity {
		options = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(options));
	}

}
