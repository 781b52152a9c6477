package uk.opcc.quorum.bot.teams;

import java.time.Clock;
import java.util.Date;

import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Reactions to Quorum's messages, kept in {@code bot_reactions} beside the answer
 * feedback.
 */
@Component
class ReactionLog {

	private final MongoTemplate mongo;

	private final Clock clock;

	ReactionLog(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	void record(String userId, String messageId, String reaction) {
		mongo.insert(new Document("userId", userId).append("messageId", messageId)
			.append("reaction", reaction)
			.append("at", Date.from(clock.instant())), "bot_reactions");
	}

}
