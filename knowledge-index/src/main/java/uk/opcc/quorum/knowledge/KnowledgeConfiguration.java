package uk.opcc.quorum.knowledge;

import java.time.Clock;

import org.springframework.ai.chat.client.ChatClient;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

import uk.opcc.quorum.knowledge.answer.AnswerEngine;
import uk.opcc.quorum.knowledge.corpus.CorpusProgress;
import uk.opcc.quorum.knowledge.corpus.CorpusWatcher;
import uk.opcc.quorum.knowledge.embed.CachedEmbeddings;
import uk.opcc.quorum.knowledge.embed.LocalEmbeddingModel;
import uk.opcc.quorum.knowledge.index.Indexer;
import uk.opcc.quorum.knowledge.index.PassageIndex;
import uk.opcc.quorum.knowledge.store.DocumentStore;

/**
 * Wires the knowledge module. A language model is used only when Spring AI has one
 * configured.
 */
@Configuration(proxyBeanMethods = false)
class KnowledgeConfiguration {

	@Bean
	LocalEmbeddingModel quorumEmbeddingModel() {
		return new LocalEmbeddingModel();
	}

	@Bean
	CachedEmbeddings cachedEmbeddings(LocalEmbeddingModel quorumEmbeddingModel, MongoTemplate mongo) {
		return new CachedEmbeddings(quorumEmbeddingModel, LocalEmbeddingModel.MODEL_ID, mongo,
				LocalEmbeddingModel.QUERY_PREFIX, LocalEmbeddingModel.PASSAGE_PREFIX);
	}

	@Bean(destroyMethod = "close")
	PassageIndex passageIndex(KnowledgeProperties properties) {
		return new PassageIndex(properties.indexDir(), LocalEmbeddingModel.MODEL_ID);
	}

	@Bean
	DocumentStore documentStore(MongoTemplate mongo) {
		return new DocumentStore(mongo);
	}

	@Bean
	Indexer indexer(DocumentStore store, PassageIndex index, CachedEmbeddings embeddings, ObjectProvider<Clock> clock,
			KnowledgeProperties properties) {
		return new Indexer(store, index, embeddings, clock.getIfAvailable(Clock::systemUTC),
				properties.maxFileSize().toBytes());
	}

	@Bean
	AnswerEngine answerEngine(PassageIndex index, CachedEmbeddings embeddings, KnowledgeProperties properties,
			ObjectProvider<ChatModel> chatModel) {
		ChatModel model = chatModel.getIfAvailable();
		ChatClient chat = model == null ? null : ChatClient.create(model);
		return new AnswerEngine(index, embeddings, properties, chat);
	}

	@Bean
	KnowledgeService knowledgeService(Indexer indexer, DocumentStore store, AnswerEngine engine,
			CorpusProgress corpusProgress, KnowledgeProperties properties) {
		return new KnowledgeService(indexer, store, engine, corpusProgress, properties.maxQuestionLength());
	}

	@Bean
	CorpusProgress corpusProgress() {
		return new CorpusProgress();
	}

	@Bean
	CorpusWatcher corpusWatcher(KnowledgeService knowledge, Indexer indexer, KnowledgeProperties properties,
			CorpusProgress corpusProgress) {
		return new CorpusWatcher(knowledge, indexer, properties, corpusProgress);
	}

}
