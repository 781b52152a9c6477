package uk.opcc.quorum.bot.conversation;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.embedding.EmbeddingModel;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.opcc.quorum.scheduler.Boards;

/**
 * The router of plain requests, on the knowledge module's local embedding model (the bean
 * {@code quorumEmbeddingModel}, named so that an embedding model Spring AI might also
 * configure is never used), the boards as stored and the application's clock. Cheap to
 * create: the examples are embedded on the first message. Both read the boards as stored
 * a second ago at most ({@link Boards#recent()}), not with a query per message. In front
 * of it, the {@link ModelRouter}, which reads with the language model when there is one.
 */
@Configuration(proxyBeanMethods = false)
class ConversationConfiguration {

	private static final Logger log = LoggerFactory.getLogger(ConversationConfiguration.class);

	/**
	 * What the knowledge module's model (e5-small-v2) was trained to see before a query;
	 * a message and an example are both queries. Kept equal to the knowledge module's own
	 * constant by a test.
	 */
	static final String QUERY_PREFIX = "query: ";

	@Bean
	IntentRouter intentRouter(@Qualifier("quorumEmbeddingModel") EmbeddingModel model, Boards boards, Clock clock) {
		return new IntentRouter(model, QUERY_PREFIX, boards::recent, clock);
	}

	/**
	 * The router the dispatcher asks: with the language model when Spring AI has one
	 * configured (the same switch as answers and drafts: a {@link ChatModel} bean exists)
	 * and {@code quorum.conversation.model-routing} is not false; the rules alone
	 * otherwise.
	 */
	@Bean
	ModelRouter modelRouter(IntentRouter intentRouter, ObjectProvider<ChatModel> chatModel, Boards boards, Clock clock,
			ConversationProperties properties) {
		ChatModel model = properties.modelRouting() ? chatModel.getIfAvailable() : null;
		ModelRouter router = new ModelRouter(intentRouter, model, boards::recent, clock, properties.modelTimeout());
		log.info(router.usesModel() ? "Plain requests are read by the language model, checked by the rules"
				: "Plain requests are read by the rules");
		return router;
	}

}
