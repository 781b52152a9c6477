package uk.opcc.quorum.knowledge;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import uk.opcc.quorum.knowledge.answer.AnswerEngine;
import uk.opcc.quorum.knowledge.corpus.CorpusProgress;
import uk.opcc.quorum.knowledge.index.Indexer;
import uk.opcc.quorum.knowledge.index.Retriever;
import uk.opcc.quorum.knowledge.store.DocumentStore;

/**
 * The knowledge module's API: index the office's documents and answer questions from them
 * with citations. Callers pass the audiences the reader may see; the module knows nothing
 * of Teams or of roles.
 */
public class KnowledgeService {

	private final Indexer indexer;

	private final DocumentStore store;

	private final AnswerEngine engine;

	private final CorpusProgress corpus;

	private final int maxQuestionLength;

	public KnowledgeService(Indexer indexer, DocumentStore store, AnswerEngine engine, CorpusProgress corpus,
			int maxQuestionLength) {
		this.maxQuestionLength = maxQuestionLength;
		this.indexer = indexer;
		this.store = store;
		this.engine = engine;
		this.corpus = corpus;
	}

	/**
	 * Indexes one file.
	 * @throws IngestionException with a message for the person who supplied the file
	 */
	public IndexedDocument ingest(String fileName, byte[] content, Audience audience, String source) {
		return indexer.ingest(fileName, content, audience, source);
	}

	/**
	 * Indexes one file, telling {@code progress} how it moves on.
	 * @throws IngestionException with a message for the person who supplied the file
	 */
	public IndexedDocument ingest(String fileName, byte[] content, Audience audience, String source,
			IngestionProgress progress) {
		return indexer.ingest(fileName, content, audience, source, progress);
	}

	/**
	 * @throws QuestionRefused over the configured length, or with no words, before any
	 * work is done
	 */
	public Answer answer(String question, Collection<Audience> audiences) {
		if (question == null || question.isBlank()) {
			throw new IllegalArgumentException("Ask a question: the text was empty.");
		}
		if (question.length() > maxQuestionLength) {
			throw new QuestionTooLong(question.length(), maxQuestionLength);
		}
		String searchable = Questions.searchable(question);
		if (searchable.isBlank()) {
			throw new QuestionRefused("Ask a question in words: that held only symbols.");
		}
		Answer answer = engine.answer(searchable, audiences, Retriever.Mode.HYBRID);
		if (!answer.grounded() && corpus.reading()) {
			return new Answer(
					"I can't answer that yet: Quorum has only just started and is still reading the "
							+ "office's documents. Please ask again in a minute or two.",
					false, answer.citations(), answer.mode());
		}
		return answer;
	}

	/**
	 * The passages most relevant to a text, without composing an answer: context for
	 * drafting elsewhere (a decision notice), cited like an answer's passages.
	 */
	public List<Citation> passages(String text, Collection<Audience> audiences, int limit) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return engine.retrieve(engine.expand(text.strip()), audiences, Retriever.Mode.HYBRID, limit)
			.stream()
			.map(hit -> new Citation(hit.documentId(), hit.title(), hit.section(), hit.text()))
			.toList();
	}

	public List<IndexedDocument> documents(Collection<Audience> audiences) {
		return store.visibleTo(audiences);
	}

	public Optional<IndexedDocument> document(String id) {
		return store.byId(id);
	}

	/**
	 * Removes a document; it is never cited again. Empty when no such document exists.
	 */
	public Optional<IndexedDocument> delete(String id) {
		return indexer.delete(id);
	}

	/** Removes the document indexed from a source (a deleted corpus file), if any. */
	public Optional<IndexedDocument> deleteSource(String source) {
		return store.bySource(source).flatMap(document -> indexer.delete(document.id()));
	}

}
