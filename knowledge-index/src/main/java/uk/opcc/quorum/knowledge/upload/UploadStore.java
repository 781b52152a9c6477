package uk.opcc.quorum.knowledge.upload;

import java.time.Instant;
import java.util.Date;
import java.util.Optional;

import org.bson.Document;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import uk.opcc.quorum.knowledge.Audience;
import uk.opcc.quorum.knowledge.IndexedDocument;

/**
 * Background uploads in {@code knowledge_uploads}, so that a status address answers after
 * a restart. Each job names the instance running it, which touches {@code heartbeatAt}
 * while it lives; the bytes are not kept.
 */
public class UploadStore {

	static final String COLLECTION = "knowledge_uploads";

	private final MongoTemplate mongo;

	public UploadStore(MongoTemplate mongo) {
		this.mongo = mongo;
		mongo.indexOps(COLLECTION).createIndex(new Index("state", Sort.Direction.ASC));
	}

	public void insert(Upload upload, String instance) {
		mongo.insert(new Document("_id", upload.id()).append("fileName", upload.fileName())
			.append("uploader", upload.uploader())
			.append("audience", upload.audience().name())
			.append("state", upload.state().name())
			.append("percent", upload.percent())
			.append("stage", upload.stage())
			.append("instance", instance)
			.append("createdAt", Date.from(upload.createdAt()))
			.append("updatedAt", Date.from(upload.updatedAt()))
			.append("heartbeatAt", Date.from(upload.updatedAt())), COLLECTION);
	}

	public Optional<Upload> byId(String id) {
		return Optional.ofNullable(mongo.findById(id, Document.class, COLLECTION)).map(UploadStore::toUpload);
	}

	/** Progress of a job not yet finished; a finished one is left as it is. */
	public Optional<Upload> moved(String id, Upload.State state, int percent, String stage, Instant at) {
		mongo.updateFirst(Query.query(Criteria.where("_id").is(id).andOperator(unfinished())),
				new Update().set("state", state.name())
					.set("percent", percent)
					.set("stage", stage)
					.set("updatedAt", Date.from(at))
					.set("heartbeatAt", Date.from(at)),
				COLLECTION);
		return byId(id);
	}

	public Optional<Upload> done(String id, IndexedDocument document, Instant at) {
		mongo.updateFirst(Query.query(Criteria.where("_id").is(id)),
				new Update().set("state", Upload.State.DONE.name())
					.set("percent", 100)
					.set("stage", "indexed")
					.set("document",
							new Document("id", document.id()).append("title", document.title())
								.append("source", document.source())
								.append("audience", document.audience().name())
								.append("checksum", document.checksum())
								.append("indexedAt", Date.from(document.indexedAt()))
								.append("chunks", document.chunks()))
					.unset("failure")
					.set("updatedAt", Date.from(at)),
				COLLECTION);
		return byId(id);
	}

	public Optional<Upload> failed(String id, String failure, Instant at) {
		mongo.updateFirst(Query.query(Criteria.where("_id").is(id).andOperator(unfinished())),
				failedUpdate(failure, at), COLLECTION);
		return byId(id);
	}

	public void delete(String id) {
		mongo.remove(Query.query(Criteria.where("_id").is(id)), COLLECTION);
	}

	/** Keeps this instance's unfinished jobs from being taken for abandoned. */
	public void heartbeat(String instance, Instant at) {
		mongo.updateMulti(Query.query(Criteria.where("instance").is(instance).andOperator(unfinished())),
				new Update().set("heartbeatAt", Date.from(at)), COLLECTION);
	}

	/** Fails the unfinished jobs of this instance: it is stopping. */
	public long failAllOf(String instance, String failure, Instant at) {
		return mongo
			.updateMulti(Query.query(Criteria.where("instance").is(instance).andOperator(unfinished())),
					failedUpdate(failure, at), COLLECTION)
			.getModifiedCount();
	}

	/**
	 * Fails unfinished jobs of other instances that have not shown a sign of life since
	 * {@code silentSince}: their instance stopped without finishing them.
	 */
	public long failAbandoned(String instance, Instant silentSince, String failure, Instant at) {
		return mongo.updateMulti(Query.query(Criteria.where("instance")
			.ne(instance)
			.and("heartbeatAt")
			.lt(Date.from(silentSince))
			.andOperator(unfinished())), failedUpdate(failure, at), COLLECTION).getModifiedCount();
	}

	private static Criteria unfinished() {
		return Criteria.where("state").in(Upload.State.QUEUED.name(), Upload.State.RUNNING.name());
	}

	private static Update failedUpdate(String failure, Instant at) {
		return new Update().set("state", Upload.State.FAILED.name())
			.set("failure", failure)
			.set("stage", "not indexed")
			.set("updatedAt", Date.from(at));
	}

	private static Upload toUpload(Document d) {
		Document indexed = d.get("document", Document.class);
		IndexedDocument document = indexed == null ? null
				: new IndexedDocument(indexed.getString("id"), indexed.getString("title"), indexed.getString("source"),
						Audience.valueOf(indexed.getString("audience")), indexed.getString("checksum"),
						indexed.getDate("indexedAt").toInstant(), indexed.getInteger("chunks"));
		return new Upload(d.getString("_id"), d.getString("fileName"), d.getString("uploader"),
				Audience.valueOf(d.getString("audience")), Upload.State.valueOf(d.getString("state")),
				d.getInteger("percent", 0), d.getString("stage"), document, d.getString("failure"),
				d.getDate("createdAt").toInstant(), d.getDate("updatedAt").toInstant());
	}

}
