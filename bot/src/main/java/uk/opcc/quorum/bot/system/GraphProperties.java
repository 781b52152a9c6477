package uk.opcc.quorum.bot.system;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How Quorum reaches Microsoft Graph. Who it signs in as is the {@code graph}
 * registration under {@code spring.security.oauth2.client}; Graph is used only when that
 * registration has a client id.
 *
 * @param baseUrl Graph's versioned root
 * @param retries how often a throttled (429) or unavailable (503, 504) call is tried
 * again
 * @param maxBackoff the longest wait between tries, whatever Retry-After says
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long to wait for an answer
 */
@ConfigurationProperties("quorum.graph")
public record GraphProperties(@DefaultValue("https://graph.microsoft.com/v1.0") URI baseUrl,
		@DefaultValue("3") int retries, @DefaultValue("30s") Duration maxBackoff,
		@DefaultValue("5s") Duration connectTimeout, @DefaultValue("30s") Duration readTimeout) {
}
