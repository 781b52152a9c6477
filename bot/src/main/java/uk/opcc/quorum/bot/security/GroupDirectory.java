package uk.opcc.quorum.bot.security;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.util.UriUtils;

import uk.opcc.quorum.bot.system.CacheProperties;
import uk.opcc.quorum.scheduler.GraphConnection;

import uk.opcc.quorum.bot.system.LogSafe;

/**
 * The Entra groups a user belongs to, from Microsoft Graph ({@code getMemberGroups},
 * application permission GroupMember.Read.All), through the application's one Graph
 * connection. Asked only when roles are mapped to groups; remembered in caches
 * {@value CacheProperties#GROUPS_OF_USER} and {@value CacheProperties#MEMBERS_OF_GROUP}.
 * If Graph cannot be reached the user keeps the roles mapped to them directly: a failure
 * never grants more, and is not remembered.
 */
@Component
public class GroupDirectory {

	private static final Logger log = LoggerFactory.getLogger(GroupDirectory.class);

	private final SecurityProperties properties;

	private final ObjectProvider<GraphConnection> graph;

	private final Cache groupsOfUser;

	private final Cache membersOfGroup;

	GroupDirectory(SecurityProperties properties, ObjectProvider<GraphConnection> graph, CacheManager caches) {
		this.properties = properties;
		this.graph = graph;
		this.groupsOfUser = Objects.requireNonNull(caches.getCache(CacheProperties.GROUPS_OF_USER));
		this.membersOfGroup = Objects.requireNonNull(caches.getCache(CacheProperties.MEMBERS_OF_GROUP));
	}

	public Set<String> groupsOf(String userId) {
		GraphConnection connection = graph.getIfAvailable();
		if (properties.groups().isEmpty() || userId == null || connection == null) {
			return Set.of();
		}
		return remembered(groupsOfUser, userId, () -> {
			Map<?, ?> answer = connection.http()
				.post()
				.uri(relative("users/" + segment(userId) + "/getMemberGroups"))
				.contentType(MediaType.APPLICATION_JSON)
				.body(Map.of("securityEnabledOnly", false))
				.retrieve()
				.body(Map.class);
			return Set.copyOf(answer == null ? List.<String>of() : (List<String>) answer.get("value"));
		}, "the groups of user");
	}

	/**
	 * The users in a group, directly or through nested groups (their Entra object ids),
	 * so that everyone holding a role through the group can be told when something is
	 * theirs to do. Empty when Graph is not configured or cannot be reached.
	 */
	public Set<String> membersOf(String groupId) {
		GraphConnection connection = graph.getIfAvailable();
		if (groupId == null || connection == null) {
			return Set.of();
		}
		return remembered(membersOfGroup, groupId, () -> members(connection.http(), groupId), "the members of group");
	}

	private static Set<String> members(RestClient http, String groupId) {
		Set<String> users = new TreeSet<>();
		URI page = relative(
				"groups/" + segment(groupId) + "/transitiveMembers/microsoft.graph.user?$select=id&$top=999");
		// Graph pages long lists; a bound keeps a malformed answer from looping.
		for (int pages = 0; page != null && pages < 50; pages++) {
			Map<?, ?> answer = http.get().uri(page).retrieve().body(Map.class);
			if (answer == null) {
				break;
			}
			for (Object member : (List<?>) answer.get("value")) {
				Object id = ((Map<?, ?>) member).get("id");
				if (id != null) {
					users.add(id.toString());
				}
			}
			page = answer.get("@odata.nextLink") instanceof String next ? URI.create(next) : null;
		}
		return Set.copyOf(users);
	}

	/**
	 * A Graph answer, remembered by the cache; a failed read is not remembered and gives
	 * nothing.
	 */
	private static Set<String> remembered(Cache answers, String key, Callable<Set<String>> read, String what) {
		try {
			return answers.get(key, read);
		}
		catch (Cache.ValueRetrievalException ex) {
			Throwable cause = ex.getCause() == null ? ex : ex.getCause();
			if (!(cause instanceof RestClientException || cause instanceof ClassCastException
					|| cause instanceof NullPointerException)) {
				throw ex;
			}
			log.warn("Could not read {} {} from Microsoft Graph: {}", what, LogSafe.of(key), LogSafe.of(cause));
			return Set.of();
		}
	}

	/** Relative, so that it resolves under Graph's versioned root. */
	private static URI relative(String path) {
		return URI.create(path);
	}

	private static String segment(String id) {
		return UriUtils.encodePathSegment(id, StandardCharsets.UTF_8);
	}

}
