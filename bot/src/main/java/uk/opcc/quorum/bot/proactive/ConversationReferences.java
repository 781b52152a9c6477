package uk.opcc.quorum.bot.proactive;

import java.time.Clock;
import java.util.Date;
import java.util.Optional;

import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ConversationReference;
import com.microsoft.bot.schema.Serialization;
import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Where Quorum can reach people later: the conversation reference of each user's personal chat (by Entra object
 * id) and of each group chat or channel (by conversation id), kept in {@code bot_conversations}, refreshed each
 * time someone speaks to Quorum or installs it.
 */
@Component
public class ConversationReferences {

	static final String COLLECTION = "bot_conversations";

	private final MongoTemplate mongo;

	private final Clock clock;

	ConversationReferences(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	public void remember(Activity activity) {
		ConversationReference reference = activity.getConversationReference();
		String json = Serialization.toStringSilent(reference);
		String type = activity.getConversation().getConversationType();
		boolean personal = type == null || "personal".equals(type);
		String userId = activity.getFrom() == null ? null
				: activity.getFrom().getAadObjectId() != null ? activity.getFrom().getAadObjectId() : activity.getFrom().getId();
		String key = personal && userId != null ? "user:" + userId : "conversation:" + activity.getConversation().getId();
		mongo.upsert(Query.query(Criteria.where("_id").is(key)), new Update().set("reference", json)
			.set("conversationId", activity.getConversation().getId())
			.set("updatedAt", Date.from(clock.instant())), COLLECTION);
	}

	Optional<ConversationReference> forUser(String userId) {
		return find("user:" + userId);
	}

	Optional<ConversationReference> forConversation(String conversationId) {
		Optional<ConversationReference> byKey = find("conversation:" + conversationId);
		if (byKey.isPresent()) {
			return byKey;
		}
		Document any = mongo.findOne(Query.query(Criteria.where("conversationId").is(conversationId)), Document.class,
				COLLECTION);
		return Optional.ofNullable(any).map(ConversationReferences::reference);
	}

	private Optional<ConversationReference> find(String key) {
		return Optional.ofNullable(mongo.findById(key, Document.class, COLLECTION)).map(ConversationReferences::reference);
	}

	private static ConversationReference reference(Document stored) {
		try {
			return Serialization.treeToValue(Serialization.jsonToTree(stored.getString("reference")),
					ConversationReference.class);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
