package uk.opcc.quorum.bot.teams;

import java.net.URI;
import java.net.http.HttpClient;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.JSONObjectUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * The keys the Bot Framework channel signs its tokens with, read from its published
 * OpenID configuration. Bounded cost whatever the network does: one thread fetches while
 * the others go on with the keys they have (or, with none yet, refuse the token at once
 * rather than queue); every fetch has a time-out; a failure is remembered for a minute so
 * a dead endpoint is not asked again by every request. Keys are refreshed daily, or when
 * a token names a key not yet seen (at most every five minutes, so unknown key ids cannot
 * force a fetch per request).
 */
class ChannelKeys implements JWKSource<SecurityContext> {

	private static final Logger log = LoggerFactory.getLogger(ChannelKeys.class);

	private static final Duration KEEP = Duration.ofHours(24);

	private static final Duration UNKNOWN_KEY_REFRESH = Duration.ofMinutes(5);

	private static final Duration FAILURE_MEMORY = Duration.ofMinutes(1);

	/**
	 * The keys, and which channels each key is endorsed for (the channel publishes both
	 * in one document).
	 */
	private record Loaded(JWKSet keys, Map<String, Set<String>> endorsements, Instant at) {
	}

	private final String metadataUrl;

	private final RestClient http;

	private final Clock clock;

	private final ReentrantLock fetching = new ReentrantLock();

	private volatile Loaded loaded;

	private volatile Instant failedAt = Instant.MIN;

	ChannelKeys(String metadataUrl, Duration timeout, RestClient.Builder http, Clock clock) {
		this.metadataUrl = metadataUrl;
		this.clock = clock;
		JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(
				HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).build());
		factory.setReadTimeout(timeout);
		this.http = http.clone().requestFactory(factory).build();
	}

	@Override
	public List<JWK> get(JWKSelector selector, SecurityContext context) {
		Loaded current = loaded;
		Instant now = clock.instant();
		if (current == null || current.at().plus(KEEP).isBefore(now)) {
			current = fetch(current);
		}
		List<JWK> found = current == null ? List.of() : selector.select(current.keys());
		if (found.isEmpty() && current != null && current.at().plus(UNKNOWN_KEY_REFRESH).isBefore(now)) {
			current = fetch(current);
			found = current == null ? List.of() : selector.select(current.keys());
		}
		return found;
	}

	/** The channels a key may sign for; empty for an unknown key. */
	Set<String> endorsements(String keyId) {
		Loaded current = loaded;
		return current == null || keyId == null ? Set.of() : current.endorsements().getOrDefault(keyId, Set.of());
	}

	private Loaded fetch(Loaded current) {
		if (failedAt.plus(FAILURE_MEMORY).isAfter(clock.instant()) || !fetching.tryLock()) {
			return current;
		}
		try {
			Map<String, Object> metadata = JSONObjectUtils
				.parse(http.get().uri(URI.create(metadataUrl)).retrieve().body(String.class));
			String keysUrl = JSONObjectUtils.getString(metadata, "jwks_uri");
			String document = http.get().uri(URI.create(keysUrl)).retrieve().body(String.class);
			Map<String, Object> keySet = JSONObjectUtils.parse(document);
			Loaded fresh = new Loaded(JWKSet.parse(keySet), endorsementsIn(keySet), clock.instant());
			loaded = fresh;
			return fresh;
		}
		catch (RestClientException | ParseException | IllegalArgumentException | NullPointerException ex) {
			failedAt = clock.instant();
			log.warn(
					"Could not read the Bot Framework signing keys from {}: {}. Tokens are checked against the keys "
							+ "already held{}; trying again in a minute.",
					metadataUrl, ex.getMessage(), current == null ? " (none yet, so they are refused)" : "");
			return current;
		}
		finally {
			fetching.unlock();
		}
	}

	private static Map<String, Set<String>> endorsementsIn(Map<String, Object> keySet) throws ParseException {
		Map<String, Set<String>> endorsements = new HashMap<>();
		for (Map<String, Object> key : JSONObjectUtils.getJSONObjectArray(keySet, "keys")) {
			String id = JSONObjectUtils.getString(key, "kid");
			String[] channels = key.get("endorsements") == null ? new String[0]
					: JSONObjectUtils.getStringArray(key, "endorsements");
			if (id != null) {
				endorsements.put(id, Set.copyOf(java.util.Arrays.asList(channels)));
			}
		}
		return endorsements;
	}

}
