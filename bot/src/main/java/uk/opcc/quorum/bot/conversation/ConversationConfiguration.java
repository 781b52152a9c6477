package uk.opcc.quorum.bot.conversation;

import java.time.Clock;

import org.springframework.ai.embedding.EmbeddingModel;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.opcc.quorum.scheduler.Boards;

/**
 * The router of plain requests, on the knowledge module's local embedding model (the bean
 * {@code quorumEmbeddingModel}, named so that an embedding model Spring AI might also
 * configure is never used), the boards as stored and the application's clock. Cheap to
 * create: the examples are embedded on the first message.
 */
@Configuration(proxyBeanMethods = false)
class ConversationConfiguration {

	/**
	 * What the knowledge module's model (e5-small-v2) was trained to see before a query;
	 * a message and an example are both queries. Kept equal to the knowledge module's own
	 * constant by a test.
	 */
	static final String QUERY_PREFIX = "query: ";

	@Bean
	IntentRouter intentRouter(@Qualifier("quorumEmbeddingModel") EmbeddingModel model, Boards boards, Clock clock) {
		return new IntentRouter(model, QUERY_PREFIX, boards::all, clock);
	}

}
