package uk.opcc.quorum.decisions.store;

import java.util.List;
import java.util.Optional;

import org.bson.Document;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import uk.opcc.quorum.decisions.AuditEntry;
import uk.opcc.quorum.decisions.DecisionException;
import uk.opcc.quorum.decisions.DecisionNotice;
import uk.opcc.quorum.decisions.Status;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Notices in {@code decisions_notices}, each document carrying its own append-only audit
 * trail (the {@code audit} array). A change and its audit entry are one atomic update,
 * checked against the revision the change was based on, so a notice never changes without
 * its entry, nor gains an entry for a change that did not happen.
 */
@Component
public class NoticeStore {

	private static final String AUDIT = "audit";

	private final MongoTemplate mongo;

	public NoticeStore(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	public void insert(DecisionNotice notice, AuditEntry created) {
		Document document = document(notice);
		document.put(AUDIT, List.of(document(created)));
		mongo.insert(document, collection());
	}

	public Optional<DecisionNotice> find(String id) {
		return id == null ? Optional.empty() : Optional.ofNullable(mongo.findById(id, DecisionNotice.class));
	}

	public DecisionNotice update(DecisionNotice changed, AuditEntry entry) {
		DecisionNotice next = new DecisionNotice(changed.id(), changed.number(), changed.version(),
				changed.supersedes(), changed.title(), changed.sections(), changed.part2(), changed.decisionMaker(),
				changed.source(), changed.forwardPlan(), changed.status(), changed.reviews(), changed.signature(),
				changed.statusNote(), changed.publishBy(), changed.publishedAt(), changed.createdBy(),
				changed.createdAt(), changed.revision() + 1);
		Document fields = document(next);
		Update update = new Update();
		MongoPersistentEntity<?> entity = mongo.getConverter()
			.getMappingContext()
			.getRequiredPersistentEntity(DecisionNotice.class);
		// The converter leaves out null fields, so a field cleared by this change is
		// unset explicitly.
		entity.forEach(property -> {
			String field = property.getFieldName();
			if (!property.isIdProperty()) {
				if (fields.containsKey(field)) {
					update.set(field, fields.get(field));
				}
				else {
					update.unset(field);
				}
			}
		});
		update.push(AUDIT, document(entry));
		if (mongo.findAndModify(Query.query(where("_id").is(changed.id()).and("revision").is(changed.revision())),
				update, FindAndModifyOptions.none(), DecisionNotice.class) == null) {
			throw DecisionException.conflict("Notice " + changed.reference() + " changed while this change was being "
					+ "made; nothing was changed. Look at it again and repeat the change.");
		}
		return next;
	}

	/**
	 * An entry about the notice that changes nothing in it (a correction now stands in
	 * its place).
	 */
	public void note(String noticeId, AuditEntry entry) {
		mongo.updateFirst(Query.query(where("_id").is(noticeId)), new Update().push(AUDIT, document(entry)),
				DecisionNotice.class);
	}

	public List<DecisionNotice> withStatus(List<Status> statuses) {
		return mongo.find(Query.query(where("status").in(statuses)).with(Sort.by(Sort.Direction.DESC, "createdAt")),
				DecisionNotice.class);
	}

	public List<DecisionNotice> all() {
		return mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, "createdAt")), DecisionNotice.class);
	}

	public List<DecisionNotice> versionsOf(String number) {
		return mongo.find(Query.query(Criteria.where("number").is(number)).with(Sort.by("version")),
				DecisionNotice.class);
	}

	/** The trail in the order it was written. */
	public List<AuditEntry> auditOf(String noticeId) {
		Query query = Query.query(where("_id").is(noticeId));
		query.fields().include(AUDIT);
		Document found = mongo.findOne(query, Document.class, collection());
		if (found == null) {
			return List.of();
		}
		return found.getList(AUDIT, Document.class, List.of())
			.stream()
			.map(entry -> mongo.getConverter().read(AuditEntry.class, entry))
			.toList();
	}

	private Document document(Object value) {
		Document document = new Document();
		mongo.getConverter().write(value, document);
		document.remove("_class");
		return document;
	}

	private String collection() {
		return mongo.getCollectionName(DecisionNotice.class);
	}

}
