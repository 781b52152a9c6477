package uk.opcc.quorum.bot.system;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Quorum's caches, each a Caffeine spec bounded by size and by time; an office may
 * override any of them.
 *
 * @param specs Caffeine spec by cache name, over the defaults below
 */
@ConfigurationProperties("quorum.cache")
public record CacheProperties(Map<String, String> specs) {

	/** The Entra groups of a user, for roles mapped to groups. */
	public static final String GROUPS_OF_USER = "graph-groups-of-user";

	/** The users in an Entra group, to tell each holder of a role. */
	public static final String MEMBERS_OF_GROUP = "graph-members-of-group";

	/**
	 * Users whose Teams address was looked up lately, so a reply does not cost a second
	 * call to Teams.
	 */
	public static final String ADDRESS_LOOKUPS = "teams-address-lookups";

	/**
	 * Conversation references stored lately, so the same one is not written on every
	 * message.
	 */
	public static final String STORED_REFERENCES = "teams-stored-references";

	static final Map<String, String> DEFAULTS = Map.of(GROUPS_OF_USER, "maximumSize=10000,expireAfterWrite=10m",
			MEMBERS_OF_GROUP, "maximumSize=1000,expireAfterWrite=10m", ADDRESS_LOOKUPS,
			"maximumSize=10000,expireAfterWrite=1h", STORED_REFERENCES, "maximumSize=10000,expireAfterWrite=1h");

	public CacheProperties {
		Map<String, String> merged = new LinkedHashMap<>(DEFAULTS);
		if (specs != null) {
			merged.putAll(specs);
		}
		merged.forEach((name, spec) -> {
			// An unbounded cache is a slow leak; refuse it at start rather than find it
			// in production.
			if (!spec.contains("maximumSize") || !spec.contains("expireAfter")) {
				throw new IllegalArgumentException("quorum.cache.specs." + name + " must set maximumSize and "
						+ "expireAfterWrite or expireAfterAccess, not '" + spec + "'");
			}
		});
		specs = Map.copyOf(merged);
	}

}
