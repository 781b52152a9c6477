package uk.opcc.quorum.bot.teams;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Remembers which activities have been handled. Teams retries an activity it thinks went
 * unanswered, so the same id can arrive twice, on any Quorum instance: the first insert
 * of the id wins, atomically, in MongoDB.
 */
@Component
class ActivityLedger {

	static final String COLLECTION = "bot_seen_activities";

	private final MongoTemplate mongo;

	private final Clock clock;

	private final Duration remember;

	ActivityLedger(MongoTemplate mongo, Clock clock, TeamsProperties properties) {
		this.mongo = mongo;
		this.clock = clock;
		this.remember = properties.rememberActivities();
	}

	/**
	 * Forgets ids older than {@code quorum.teams.remember-activities}. A TTL index would
	 * do this on MongoDB, but the embedded store ignores TTL, so Quorum prunes itself
	 * (hourly), on either store.
	 */
	@Scheduled(initialDelay = 60_000, fixedDelay = 3_600_000)
	long forgetOld() {
		Date before = Date.from(clock.instant().minus(remember));
		return mongo.remove(Query.query(Criteria.where("seenAt").lt(before)), COLLECTION).getDeletedCount();
	}

	/** True the first time an activity id is seen; false for every retry. */
	boolean firstSight(String activityId) {
		if (activityId == null) {
			return true;
		}
		// Straight to the driver: this insert is on every acknowledgement, and the
		// template's mapping and events
		// have nothing to do for a plain document.
		try {
			mongo.getCollection(COLLECTION)
				.insertOne(new Document("_id", activityId).append("seenAt", Date.from(clock.instant())));
			return true;
		}
		catch (MongoWriteException ex) {
			if (ex.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
				return false;
			}
			throw ex;
		}
	}

}
