package uk.opcc.quorum.knowledge;

import java.time.Clock;

import org.springframework.ai.chat.client.ChatClient;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import uk.opcc.quorum.knowledge.answer.AnswerEngine;
import uk.opcc.quorum.knowledge.corpus.CorpusProgress;
import uk.opcc.quorum.knowledge.corpus.CorpusWatcher;
import uk.opcc.quorum.knowledge.embed.CachedEmbeddings;
import uk.opcc.quorum.knowledge.embed.LocalEmbeddingModel;
import uk.opcc.quorum.knowledge.index.Indexer;
import uk.opcc.quorum.knowledge.index.PassageIndex;
import uk.opcc.quorum.knowledge.store.DocumentStore;
import uk.opcc.quorum.knowledge.upload.BackgroundUploads;
import uk.opcc.quorum.knowledge.upload.UploadStore;

/**
 * Wires the knowledge module. A language model is used only when Spring AI has one
 * configured.
 */
@Configuration(proxyBeanMethods = false)
class KnowledgeConfiguration {

	/**
	 * Loaded in the background once the application is ready (by the corpus watcher), not
	 * on the way there.
	 */
	@Bean
	LocalEmbeddingModel quorumEmbeddingModel(KnowledgeProperties properties) {
		return new LocalEmbeddingModel(properties.modelWait(), LocalEmbeddingModel.E5);
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
	UploadStore uploadStore(MongoTemplate mongo) {
		return new UploadStore(mongo);
	}

	/**
	 * One large upload at a time: indexing is bound by the processor and the index takes
	 * one document at a time anyway. Stopping does not wait for it, as a job left
	 * unfinished is failed with a sentence asking for the file again.
	 */
	@Bean
	ThreadPoolTaskExecutor knowledgeUploads(KnowledgeProperties properties) {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setThreadNamePrefix("quorum-upload-");
		executor.setCorePoolSize(1);
		executor.setMaxPoolSize(1);
		executor.setQueueCapacity(properties.uploadQueue());
		executor.setWaitForTasksToCompleteOnShutdown(false);
		return executor;
	}

	@Bean
	BackgroundUploads backgroundUploads(KnowledgeService knowledge, UploadStore uploadStore,
			@Qualifier("knowledgeUploads") ThreadPoolTaskExecutor knowledgeUploads, ObjectProvider<Clock> clock,
			KnowledgeProperties properties) {
		return new BackgroundUploads(knowledge, uploadStore, knowledgeUploads, clock.getIfAvailable(Clock::systemUTC),
				properties.uploadQueue());
	}

	@Bean
	CorpusProgress corpusProgress() {
		return new CorpusProgress();
	}

	@Bean
	CorpusWatcher corpusWatcher(KnowledgeService knowledge, Indexer indexer, KnowledgeProperties properties,
			CorpusProgress corpusProgress, LocalEmbeddingModel quorumEmbeddingModel) {
		return new CorpusWatcher(knowledge, indexer, properties, corpusProgress, quorumEmbeddingModel);
	}

	@Bean
	KnowledgeReadiness knowledgeReadiness(LocalEmbeddingModel quorumEmbeddingModel, CorpusProgress corpusProgress) {
		return new KnowledgeReadiness(quorumEmbeddingModel, corpusProgress);
	}

}
