package uk.opcc.quorum.bot.api;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param key a shared key for machine integrations, sent as {@code X-API-Key}; it acts as
 * office staff and nothing more. Unset, no key is accepted.
 */
@ConfigurationProperties("quorum.api")
public record ApiProperties(String key) {
}
