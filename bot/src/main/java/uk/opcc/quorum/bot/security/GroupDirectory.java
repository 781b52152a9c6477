package uk.opcc.quorum.bot.security;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.StringUtils;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * The Entra groups a user belongs to, from Microsoft Graph ({@code getMemberGroups}, application permission
 * GroupMember.Read.All), with the bot's own credentials. Asked only when roles are mapped to groups; remembered
 * for {@code quorum.security.group-cache}. If Graph cannot be reached the user keeps the roles mapped to them
 * directly: a failure never grants more.
 */
@Component
public class GroupDirectory {

	private static final Logger log = LoggerFactory.getLogger(GroupDirectory.class);

	private record Cached(Set<String> groups, Instant until) {
	}

	private final SecurityProperties properties;

	private final Clock clock;

	private final RestClient http;

	private final Map<String, Cached> cache = new ConcurrentHashMap<>();

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
		Cached cached = cache.get(userId);
		if (cached != null && cached.until().isAfter(clock.instant())) {
			return cached.groups();
		}
		try {
			Map<?, ?> answer = http.post()
				.uri(properties.graphUrl() + "/v1.0/users/{id}/getMemberGroups", userId)
				.header("Authorization", "Bearer " + token())
				.contentType(MediaType.APPLICATION_JSON)
				.body(Map.of("securityEnabledOnly", false))
				.retrieve()
				.body(Map.class);
			Set<String> groups = Set.copyOf(answer == null ? List.<String>of() : (List<String>) answer.get("value"));
			cache.put(userId, new Cached(groups, clock.instant().plus(properties.groupCache())));
			return groups;
		}
		catch (RestClientException | ClassCastException ex) {
			log.warn("Could not read the groups of user {} from Microsoft Graph: {}", userId, ex.getMessage());
			return Set.of();
		}
	}

	private String token() {
		Cached current = token;
		if (current != null && current.until().isAfter(clock.instant())) {
			return current.groups().iterator().next();
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
