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
import uk.opcc.quorum.knowledge.IngestionProgress;
import uk.opcc.quorum.knowledge.IngestionException;
import uk.opcc.quorum.knowledge.embed.CachedEmbeddings;
import uk.opcc.quorum.knowledge.ingest.Chunker;
import uk.opcc.quorum.knowledge.ingest.DocumentParser;
import uk.opcc.quorum.knowledge.ingest.ParsedDocument;
import uk.opcc.quorum.knowledge.ingest.Places;
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
	public IndexedDocument ingest(String fileName, byte[] bytes, Audience audience, String source) {
		return ingest(fileName, bytes, audience, source, IngestionProgress.NONE);
	}

	/** As {@link #ingest(String, byte[], Audience, String)}, telling how it moves on. */
	public synchronized IndexedDocument ingest(String fileName, byte[] bytes, Audience audience, String source,
			IngestionProgress progress) {
		if (bytes.length > maxBytes) {
			throw new IngestionException(fileName, "the file is " + bytes.length / (1024 * 1024) + " MB; files over "
					+ maxBytes / (1024 * 1024) + " MB are not indexed.");
		}
		String checksum = CachedEmbeddings.hash(bytes);
		Optional<IndexedDocument> same = store.byChecksum(checksum);
		if (same.isPresent()) {
			progress.indexed();
			return same.get();
		}
		ParsedDocument parsed = DocumentParser.parse(fileName, bytes);
		List<Chunker.Passage> passages = Chunker.split(parsed);
		progress.parsed(passages.size());
		String id = UUID.randomUUID().toString();
		List<StoredPassage> stored = new ArrayList<>();
		for (int i = 0; i < passages.size(); i++) {
			Chunker.Passage passage = passages.get(i);
			stored.add(new StoredPassage(id + "#" + i, id, i, passage.section(), passage.text()));
		}
		List<IndexedPassage> indexed = embedded(id, parsed.title(), source, audience, stored, progress);
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
			progress.indexed();
			return store.byChecksum(checksum).orElseThrow();
		}
		previous.ifPresent(old -> store.delete(old.id()));
		progress.indexed();
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
			index.replace(Set.of(document.id()), embedded(document.id(), document.title(), document.source(),
					document.audience(), store.passagesOf(document.id()), IngestionProgress.NONE));
		}
	}

	/**
	 * A document's passages with their vectors and their units' vectors, embedded in one
	 * batch.
	 */
	private List<IndexedPassage> embedded(String documentId, String title, String source, Audience audience,
			List<StoredPassage> passages, IngestionProgress progress) {
		String office = Places
			.officeOf(source, title, String.join("\n", passages.stream().map(StoredPassage::text).toList()))
			.orElse("");
		List<String> texts = new ArrayList<>();
		List<List<String>> units = new ArrayList<>();
		for (StoredPassage passage : passages) {
			texts.add(embeddingText(title, passage.section(), passage.text()));
			List<String> ofPassage = Units.of(passage.text());
			units.add(ofPassage);
			ofPassage.forEach(unit -> texts.add(Units.embeddingText(passage.section(), unit)));
		}
		List<float[]> vectors = embeddings.passages(texts, done -> progress.embedded(done, texts.size()));
		List<IndexedPassage> indexed = new ArrayList<>();
		int at = 0;
		for (int i = 0; i < passages.size(); i++) {
			StoredPassage passage = passages.get(i);
			float[] vector = vectors.get(at++);
			float[][] unitVectors = new float[units.get(i).size()][];
			for (int u = 0; u < unitVectors.length; u++) {
				unitVectors[u] = vectors.get(at++);
			}
			indexed.add(new IndexedPassage(passage.id(), documentId, title, passage.section(), passage.text(), audience,
					office, vector, unitVectors));
		}
		return indexed;
	}

	static String embeddingText(String title, String section, String text) {
		return title + ". " + section + ". " + text;
	}

}
