package uk.opcc.quorum.bot.api;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param key the REST API key; when unset the API answers only callers on this machine
 */
@ConfigurationProperties("quorum.api")
record ApiProperties(String key) {
}
