package uk.opcc.quorum.knowledge.index;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;

import uk.opcc.quorum.knowledge.Audience;
import uk.opcc.quorum.knowledge.IndexedDocument;
import uk.opcc.quorum.knowledge.IngestionException;
import uk.opcc.quorum.knowledge.embed.CachedEmbeddings;
import uk.opcc.quorum.knowledge.ingest.Chunker;
import uk.opcc.quorum.knowledge.ingest.DocumentParser;
import uk.opcc.quorum.knowledge.ingest.ParsedDocument;
import uk.opcc.quorum.knowledge.store.DocumentStore;
import uk.opcc.quorum.knowledge.store.DocumentStore.StoredPassage;

/**
 * Adds, replaces and removes documents. The order of writes is what keeps a crash
 * harmless: passages are stored first, then swapped into the search index in one Lucene
 * commit, and the document record comes last. At start, {@link #reconcile()} removes
 * whatever a crash left half-done.
 */
public class Indexer {

	private static final Logger log = LoggerFactory.getLogger(Indexer.class);

	private final DocumentStore store;

	private final PassageIndex index;

	private final CachedEmbeddings embeddings;

	private final Clock clock;

	private final long maxBytes;

	public Indexer(DocumentStore store, PassageIndex index, CachedEmbeddings embeddings, Clock clock, long maxBytes) {
		this.store = store;
		this.index = index;
		this.embeddings = embeddings;
		this.clock = clock;
		this.maxBytes = maxBytes;
	}

	/**
	 * Indexes a file; the same content again changes nothing, and a new version of a
	 * source replaces the old.
	 */
	public synchronized IndexedDocument ingest(String fileName, byte[] bytes, Audience audience, String source) {
		if (bytes.length > maxBytes) {
			throw new IngestionException(fileName, "the file is " + bytes.length / (1024 * 1024) + " MB; files over "
					+ maxBytes / (1024 * 1024) + " MB are not indexed.");
		}
		String checksum = CachedEmbeddings.hash(bytes);
		Optional<IndexedDocument> same = store.byChecksum(checksum);
		if (same.isPresent()) {
			return same.get();
		}
		ParsedDocument parsed = DocumentParser.parse(fileName, bytes);
		List<Chunker.Passage> passages = Chunker.split(parsed);
		String id = UUID.randomUUID().toString();
		List<StoredPassage> stored = new ArrayList<>();
		List<IndexedPassage> indexed = new ArrayList<>();
		for (int i = 0; i < passages.size(); i++) {
			Chunker.Passage passage = passages.get(i);
			String passageId = id + "#" + i;
			stored.add(new StoredPassage(passageId, id, i, passage.section(), passage.text()));
			indexed.add(new IndexedPassage(passageId, id, parsed.title(), passage.section(), passage.text(), audience,
					embeddings.passage(embeddingText(parsed.title(), passage.section(), passage.text()))));
		}
		Optional<IndexedDocument> previous = store.bySource(source);
		IndexedDocument document = new IndexedDocument(id, parsed.title(), source, audience, checksum, clock.instant(),
				passages.size());
		store.savePassages(stored);
		Set<String> replaced = new HashSet<>(Set.of(id));
		previous.ifPresent(old -> replaced.add(old.id()));
		try {
			index.replace(replaced, indexed);
		}
		catch (RuntimeException ex) {
			// the index kept its last commit; take back the passages so nothing
			// half-written stays behind
			store.deletePassages(id);
			throw ex;
		}
		try {
			store.insert(document);
		}
		catch (DuplicateKeyException raced) {
			index.replace(Set.of(id), List.of());
			store.deletePassages(id);
			return store.byChecksum(checksum).orElseThrow();
		}
		previous.ifPresent(old -> store.delete(old.id()));
		return document;
	}

	public synchronized Optional<IndexedDocument> delete(String documentId) {
		Optional<IndexedDocument> document = store.byId(documentId);
		document.ifPresent(found -> {
			index.replace(Set.of(found.id()), List.of());
			store.delete(found.id());
		});
		return document;
	}

	/**
	 * Makes the index agree with the stored documents after a crash, a lost index or a
	 * new embedding model.
	 */
	public synchronized void reconcile() {
		List<IndexedDocument> documents = store.all();
		Set<String> known = new HashSet<>();
		documents.forEach(d -> known.add(d.id()));
		Set<String> inIndex = index.documentIds();
		Set<String> orphans = new HashSet<>(inIndex);
		orphans.removeAll(known);
		if (!orphans.isEmpty()) {
			log.info("Removing {} half-indexed document(s) from the search index", orphans.size());
			index.replace(orphans, List.of());
			orphans.forEach(store::deletePassages);
		}
		List<IndexedDocument> missing = documents.stream().filter(d -> !inIndex.contains(d.id())).toList();
		if (!missing.isEmpty()) {
			log.info("Rebuilding the search index for {} document(s)", missing.size());
		}
		for (IndexedDocument document : missing) {
			List<IndexedPassage> passages = store.passagesOf(document.id())
				.stream()
				.map(p -> new IndexedPassage(p.id(), document.id(), document.title(), p.section(), p.text(),
						document.audience(),
						embeddings.passage(embeddingText(document.title(), p.section(), p.text()))))
				.toList();
			index.replace(Set.of(document.id()), passages);
		}
	}

	static String embeddingText(String title, String section, String text) {
		return title + ". " + section + ". " + text;
	}

}
