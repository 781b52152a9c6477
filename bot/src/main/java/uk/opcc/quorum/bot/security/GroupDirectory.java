package uk.opcc.quorum.bot.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.StringUtils;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import uk.opcc.quorum.bot.system.LogSafe;

/**
 * The Entra groups a user belongs to, from Microsoft Graph ({@code getMemberGroups}, application permission
 * GroupMember.Read.All), with the bot's own credentials. Asked only when roles are mapped to groups; remembered
 * for {@code quorum.security.group-cache}. If Graph cannot be reached the user keeps the roles mapped to them
 * directly: a failure never grants more.
 */
@Component
public class GroupDirectory {

	private static final Logger log = LoggerFactory.getLogger(GroupDirectory.class);

	private record Cached(Set<String> values, Instant until) {
	}

	private final SecurityProperties properties;

	private final Clock clock;

	private final RestClient http;

	private final Map<String, Cached> groupsOfUser = new ConcurrentHashMap<>();

	private final Map<String, Cached> membersOfGroup = new ConcurrentHashMap<>();

	private volatile Cached token;

	GroupDirectory(SecurityProperties properties, Clock clock, RestClient.Builder http) {
		this.properties = properties;
		this.clock = clock;
		// HTTP/1.1 and bounded waits: a slow directory must not hold up an answer for long.
		this.http = http.requestFactory(requestFactory()).build();
	}

	private static JdkClientHttpRequestFactory requestFactory() {
		JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5))
			.build());
		factory.setReadTimeout(Duration.ofSeconds(10));
		return factory;
	}

	public Set<String> groupsOf(String userId) {
		if (properties.groups().isEmpty() || userId == null || !StringUtils.hasText(properties.clientId())) {
			return Set.of();
		}
		try {
			return remembered(groupsOfUser, userId, () -> {
				Map<?, ?> answer = http.post()
					.uri(properties.graphUrl() + "/v1.0/users/{id}/getMemberGroups", userId)
					.header("Authorization", "Bearer " + token())
					.contentType(MediaType.APPLICATION_JSON)
					.body(Map.of("securityEnabledOnly", false))
					.retrieve()
					.body(Map.class);
				return Set.copyOf(answer == null ? List.<String>of() : (List<String>) answer.get("value"));
			});
		}
		catch (RestClientException | ClassCastException ex) {
			log.warn("Could not read the groups of user {} from Microsoft Graph: {}", LogSafe.of(userId), LogSafe.of(ex));
			return Set.of();
		}
	}

	/**
	 * The users in a group, directly or through nested groups (their Entra object ids), so that everyone holding a
	 * role through the group can be told when something is theirs to do. Empty when Graph is not configured or
	 * cannot be reached.
	 */
	public Set<String> membersOf(String groupId) {
		if (groupId == null || !StringUtils.hasText(properties.clientId())) {
			return Set.of();
		}
		try {
			return remembered(membersOfGroup, groupId, () -> {
				Set<String> users = new TreeSet<>();
				String page = properties.graphUrl() + "/v1.0/groups/" + groupId
						+ "/transitiveMembers/microsoft.graph.user?$select=id&$top=999";
				// Graph pages long lists; a bound keeps a malformed answer from looping.
				for (int pages = 0; page != null && pages < 50; pages++) {
					Map<?, ?> answer = http.get()
						.uri(URI.create(page))
						.header("Authorization", "Bearer " + token())
						.retrieve()
						.body(Map.class);
					if (answer == null) {
						break;
					}
					for (Object member : (List<?>) answer.get("value")) {
						Object id = ((Map<?, ?>) member).get("id");
						if (id != null) {
							users.add(id.toString());
						}
					}
					page = answer.get("@odata.nextLink") instanceof String next ? next : null;
				}
				return Set.copyOf(users);
			});
		}
		catch (RestClientException | ClassCastException | NullPointerException ex) {
			log.warn("Could not read the members of group {} from Microsoft Graph: {}", LogSafe.of(groupId), LogSafe.of(ex));
			return Set.of();
		}
	}

	/** A Graph answer remembered for {@code quorum.security.group-cache}; a failed read is not remembered. */
	private Set<String> remembered(Map<String, Cached> answers, String key, Supplier<Set<String>> read) {
		Cached cached = answers.get(key);
		if (cached != null && cached.until().isAfter(clock.instant())) {
			return cached.values();
		}
		Set<String> values = read.get();
		answers.put(key, new Cached(values, clock.instant().plus(properties.groupCache())));
		return values;
	}

	private String token() {
		Cached current = token;
		if (current != null && current.until().isAfter(clock.instant())) {
			return current.values().iterator().next();
		}
		LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("grant_type", "client_credentials");
		form.add("client_id", properties.clientId());
		form.add("client_secret", properties.clientSecret());
		form.add("scope", properties.graphUrl() + "/.default");
		Map<?, ?> answer = http.post()
			.uri(properties.tokenUrl())
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(form)
			.retrieve()
			.body(Map.class);
		String accessToken = String.valueOf(answer.get("access_token"));
		long seconds = answer.get("expires_in") instanceof Number n ? n.longValue() : 300;
		token = new Cached(Set.of(accessToken), clock.instant().plus(Duration.ofSeconds(Math.max(60, seconds - 60))));
		return accessToken;
	}

}
