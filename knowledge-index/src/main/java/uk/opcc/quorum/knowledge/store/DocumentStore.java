package uk.opcc.quorum.knowledge.store;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.bson.Document;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import uk.opcc.quorum.knowledge.Audience;
import uk.opcc.quorum.knowledge.IndexedDocument;

/**
 * The knowledge module's MongoDB collections: {@code knowledge_documents} (one record per
 * indexed document, unique by checksum) and {@code knowledge_passages} (the passages'
 * text, from which the search index can be rebuilt without the original files).
 */
public class DocumentStore {

	static final String DOCUMENTS = "knowledge_documents";

	static final String PASSAGES = "knowledge_passages";

	private final MongoTemplate mongo;

	public DocumentStore(MongoTemplate mongo) {
		this.mongo = mongo;
		mongo.indexOps(DOCUMENTS).createIndex(new Index("checksum", Sort.Direction.ASC).unique());
		mongo.indexOps(DOCUMENTS).createIndex(new Index("source", Sort.Direction.ASC));
		mongo.indexOps(PASSAGES).createIndex(new Index("documentId", Sort.Direction.ASC));
	}

	public record StoredPassage(String id, String documentId, int order, String section, String text) {
	}

	public Optional<IndexedDocument> byChecksum(String checksum) {
		return one(Query.query(Criteria.where("checksum").is(checksum)));
	}

	public Optional<IndexedDocument> bySource(String source) {
		return one(Query.query(Criteria.where("source").is(source)));
	}

	public Optional<IndexedDocument> byId(String id) {
		return one(Query.query(Criteria.where("_id").is(id)));
	}

	public List<IndexedDocument> visibleTo(Collection<Audience> audiences) {
		Query query = Query.query(Criteria.where("audience").in(audiences.stream().map(Enum::name).toList()))
			.with(Sort.by("title"));
		return mongo.find(query, Document.class, DOCUMENTS).stream().map(DocumentStore::toDocument).toList();
	}

	public List<IndexedDocument> all() {
		return mongo.findAll(Document.class, DOCUMENTS).stream().map(DocumentStore::toDocument).toList();
	}

	public void savePassages(List<StoredPassage> passages) {
		mongo.insert(passages.stream()
			.map(p -> new Document("_id", p.id()).append("documentId", p.documentId())
				.append("order", p.order())
				.append("section", p.section())
				.append("text", p.text()))
			.toList(), PASSAGES);
	}

	public List<StoredPassage> passagesOf(String documentId) {
		Query query = Query.query(Criteria.where("documentId").is(documentId)).with(Sort.by("order"));
		return mongo.find(query, Document.class, PASSAGES)
			.stream()
			.map(d -> new StoredPassage(d.getString("_id"), documentId, d.getInteger("order"), d.getString("section"),
					d.getString("text")))
			.toList();
	}

	/**
	 * Inserts the record last, so a document is only listed once its passages are
	 * searchable.
	 */
	public void insert(IndexedDocument document) {
		mongo.insert(new Document("_id", document.id()).append("title", document.title())
			.append("source", document.source())
			.append("audience", document.audience().name())
			.append("checksum", document.checksum())
			.append("indexedAt", java.util.Date.from(document.indexedAt()))
			.append("chunks", document.chunks()), DOCUMENTS);
	}

	public void delete(String documentId) {
		mongo.remove(Query.query(Criteria.where("_id").is(documentId)), DOCUMENTS);
		deletePassages(documentId);
	}

	public void deletePassages(String documentId) {
		mongo.remove(Query.query(Criteria.where("documentId").is(documentId)), PASSAGES);
	}

	private Optional<IndexedDocument> one(Query query) {
		return Optional.ofNullable(mongo.findOne(query, Document.class, DOCUMENTS)).map(DocumentStore::toDocument);
	}

	private static IndexedDocument toDocument(Document d) {
		Instant indexedAt = d.getDate("indexedAt").toInstant();
		return new IndexedDocument(d.getString("_id"), d.getString("title"), d.getString("source"),
				Audience.valueOf(d.getString("audience")), d.getString("checksum"), indexedAt, d.getInteger("chunks"));
	}

}
