package uk.opcc.quorum.scheduler;

import org.springframework.web.client.RestClient;

/**
 * Microsoft Graph as the application provides it: a client whose base address is Graph's
 * versioned root (ending in a slash, so relative paths resolve under it), already signed
 * in with the office's app registration and trying again what Graph asks to be retried.
 * Meetings go to Graph calendars only when the application supplies one and an organiser
 * mailbox is set.
 *
 * @param http the signed-in client
 */
public record GraphConnection(RestClient http) {
}
