package uk.opcc.quorum.bot.teams;

import java.time.Clock;
import java.util.Date;

import org.bson.Document;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Remembers which activities have been handled. Teams retries an activity it thinks went unanswered, so the same
 * id can arrive twice, on any Quorum instance: the first insert of the id wins, atomically, in MongoDB.
 */
@Component
class ActivityLedger {

	static final String COLLECTION = "bot_seen_activities";

	private final MongoTemplate mongo;

	private final Clock clock;

	ActivityLedger(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	/** True the first time an activity id is seen; false for every retry. */
	boolean firstSight(String activityId) {
		if (activityId == null) {
			return true;
		}
		try {
			mongo.insert(new Document("_id", activityId).append("seenAt", Date.from(clock.instant())), COLLECTION);
			return true;
		}
		catch (DuplicateKeyException retry) {
			return false;
		}
	}

}
