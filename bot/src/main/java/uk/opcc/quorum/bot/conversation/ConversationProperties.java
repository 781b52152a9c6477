package uk.opcc.quorum.bot.conversation;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How plain requests are read.
 *
 * @param modelRouting read plain requests with the language model when one is configured
 * ({@code spring.ai.model.chat}); {@code false} keeps the rules alone
 * @param modelTimeout how long a message waits for the language model before the rules
 * read it instead
 */
@ConfigurationProperties("quorum.conversation")
record ConversationProperties(@DefaultValue("true") boolean modelRouting, @DefaultValue("10s") Duration modelTimeout) {

}
