package uk.opcc.quorum.bot.teams;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.microsoft.bot.connector.authentication.ClaimsIdentity;
import com.microsoft.bot.schema.Activity;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;

import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Checks the Bot Framework tokens on {@code /api/messages} with Spring Security's JWT
 * decoder instead of the retired SDK's validator (which refreshes keys inside a lock with
 * no time-out, so one hanging endpoint froze every request thread). The token must be
 * signed by a channel key, issued by the channel, for this bot, current; and, once the
 * activity is read, it must have been issued for that activity's serviceUrl and channel.
 */
@Component
public class BotTokens {

	static final String DEFAULT_METADATA = "https://login.botframework.com/v1/.well-known/openidconfiguration";

	private final ChannelKeys keys;

	private final JwtDecoder decoder;

	BotTokens(Environment environment, TeamsProperties properties, RestClient.Builder http, Clock clock) {
		this.keys = new ChannelKeys(environment.getProperty("BotOpenIdMetadata", DEFAULT_METADATA),
				properties.keyTimeout(), http, clock);
		DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
		processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
		// Spring's validators below judge the claims; Nimbus's own check would only
		// repeat the time check.
		processor.setJWTClaimsSetVerifier((claims, context) -> {
		});
		NimbusJwtDecoder nimbus = new NimbusJwtDecoder(processor);
		String appId = environment.getProperty("MicrosoftAppId", "");
		List<String> issuers = properties.tokenIssuers();
		JwtTimestampValidator time = new JwtTimestampValidator(Duration.ofMinutes(5));
		time.setClock(clock);
		nimbus.setJwtValidator(new DelegatingOAuth2TokenValidator<>(time,
				new JwtClaimValidator<Object>("iss", issuer -> issuer != null && issuers.contains(issuer.toString())),
				new JwtClaimValidator<List<String>>("aud", audience -> audience != null && audience.contains(appId))));
		this.decoder = nimbus;
	}

	/** The decoder the security chain for /api/messages uses. */
	public JwtDecoder decoder() {
		return decoder;
	}

	/** Why a valid token does not fit this activity, or null when it does. */
	String mismatch(Jwt token, Activity activity) {
		String serviceUrl = token.getClaimAsString("serviceurl");
		if (serviceUrl == null || !trimmed(serviceUrl).equals(trimmed(activity.getServiceUrl()))) {
			return "The token was not issued for this activity's serviceUrl.";
		}
		if (!keys.endorsements(Objects.toString(token.getHeaders().get("kid"), null))
			.contains(activity.getChannelId())) {
			return "The token's signing key is not endorsed for channel " + activity.getChannelId() + ".";
		}
		return null;
	}

	/**
	 * The token as the SDK's identity, so that it answers with this bot's credentials.
	 */
	static ClaimsIdentity identity(Jwt token) {
		Map<String, String> claims = new HashMap<>();
		token.getClaims().forEach((name, value) -> {
			if (value instanceof List<?> list) {
				claims.put(name, list.isEmpty() ? "" : String.valueOf(list.get(0)));
			}
			else if (value != null) {
				claims.put(name, String.valueOf(value));
			}
		});
		return new ClaimsIdentity(token.getClaimAsString("iss"), "Bearer", claims);
	}

	private static String trimmed(String url) {
		return url == null ? "" : url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

}
