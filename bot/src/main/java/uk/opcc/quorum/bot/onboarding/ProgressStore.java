package uk.opcc.quorum.bot.onboarding;

import java.util.Date;
import java.util.List;

import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Each person's progress through the programme, in {@code bot_onboarding_progress} (one
 * document per user id), so that {@code start} resumes after a restart or on another
 * instance.
 */
@Component
class ProgressStore {

	static final String COLLECTION = "bot_onboarding_progress";

	private final MongoTemplate mongo;

	ProgressStore(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	Progress of(String userId) {
		Document found = mongo.findById(userId, Document.class, COLLECTION);
		if (found == null) {
			return Progress.none(userId);
		}
		Date updated = found.getDate("updated");
		return new Progress(userId, found.getList("done", String.class, List.of()), found.getString("lastShown"),
				updated == null ? null : updated.toInstant());
	}

	void save(Progress progress) {
		mongo.upsert(Query.query(Criteria.where("_id").is(progress.userId())),
				new Update().set("done", progress.done())
					.set("lastShown", progress.lastShown())
					.set("updated", progress.updated() == null ? null : Date.from(progress.updated())),
				COLLECTION);
	}

	void forget(String userId) {
		mongo.remove(Query.query(Criteria.where("_id").is(userId)), COLLECTION);
	}

}
