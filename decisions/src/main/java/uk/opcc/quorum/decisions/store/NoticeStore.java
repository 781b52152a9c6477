package uk.opcc.quorum.decisions.store;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import uk.opcc.quorum.decisions.AuditEntry;
import uk.opcc.quorum.decisions.DecisionException;
import uk.opcc.quorum.decisions.DecisionNotice;
import uk.opcc.quorum.decisions.Status;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Notices in {@code decisions_notices} and their audit trail in {@code decisions_audit}. A change is one atomic
 * replace checked against the revision it was based on; the audit entry is written after it.
 */
@Component
public class NoticeStore {

	private final MongoTemplate mongo;

	public NoticeStore(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	public void insert(DecisionNotice notice) {
		mongo.insert(notice);
	}

	public Optional<DecisionNotice> find(String id) {
		return id == null ? Optional.empty() : Optional.ofNullable(mongo.findById(id, DecisionNotice.class));
	}

	public DecisionNotice update(DecisionNotice changed) {
		DecisionNotice next = new DecisionNotice(changed.id(), changed.number(), changed.version(), changed.supersedes(),
				changed.title(), changed.sections(), changed.part2(), changed.decisionMaker(), changed.source(),
				changed.forwardPlan(), changed.status(), changed.reviews(), changed.signature(), changed.statusNote(),
				changed.publishBy(), changed.publishedAt(), changed.createdBy(), changed.createdAt(),
				changed.revision() + 1);
		if (mongo.findAndReplace(Query.query(where("_id").is(changed.id()).and("revision").is(changed.revision())), next,
				FindAndReplaceOptions.none()) == null) {
			throw DecisionException.conflict("Notice " + changed.reference() + " changed while this change was being "
					+ "made; nothing was changed. Look at it again and repeat the change.");
		}
		return next;
	}

	public List<DecisionNotice> withStatus(List<Status> statuses) {
		return mongo.find(Query.query(where("status").in(statuses)).with(Sort.by(Sort.Direction.DESC, "createdAt")),
				DecisionNotice.class);
	}

	public List<DecisionNotice> all() {
		return mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, "createdAt")), DecisionNotice.class);
	}

	public List<DecisionNotice> versionsOf(String number) {
		return mongo.find(Query.query(Criteria.where("number").is(number)).with(Sort.by("version")), DecisionNotice.class);
	}

	public void audit(AuditEntry entry) {
		mongo.insert(entry);
	}

	public List<AuditEntry> auditOf(String noticeId) {
		return mongo.find(Query.query(where("noticeId").is(noticeId)).with(Sort.by("_id")), AuditEntry.class);
	}

}
