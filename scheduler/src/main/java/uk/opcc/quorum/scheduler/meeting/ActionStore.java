package uk.opcc.quorum.scheduler.meeting;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import uk.opcc.quorum.scheduler.ActionItem;
import uk.opcc.quorum.scheduler.ActionQuery;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** Actions in MongoDB ({@code scheduler_actions}). */
@Component
public class ActionStore {

	private final MongoTemplate mongo;

	public ActionStore(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	public void insertAll(List<ActionItem> actions) {
		mongo.insertAll(actions);
	}

	public Optional<ActionItem> find(String id) {
		return id == null ? Optional.empty() : Optional.ofNullable(mongo.findById(id, ActionItem.class));
	}

	/**
	 * Closes an action unless someone closed it first; answers whether this call closed
	 * it.
	 */
	public boolean replaceOpen(ActionItem closed) {
		return mongo.findAndReplace(Query.query(where("_id").is(closed.id()).and("status").is(ActionItem.Status.OPEN)),
				closed) != null;
	}

	public List<ActionItem> find(ActionQuery query) {
		Criteria criteria = new Criteria();
		if (query.owner() != null) {
			criteria = criteria.and("owner").regex("^" + java.util.regex.Pattern.quote(query.owner()) + "$", "i");
		}
		if (query.boardCode() != null) {
			criteria = criteria.and("boardCode").is(query.boardCode());
		}
		if (query.meetingId() != null) {
			criteria = criteria.and("meetingId").is(query.meetingId());
		}
		if (query.status() != null) {
			criteria = criteria.and("status").is(query.status());
		}
		return mongo.find(Query.query(criteria).with(Sort.by("due", "_id")), ActionItem.class);
	}

}
