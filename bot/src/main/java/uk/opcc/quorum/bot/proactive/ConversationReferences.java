package uk.opcc.quorum.bot.proactive;

import java.time.Clock;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ConversationReference;
import com.microsoft.bot.schema.Serialization;
import org.bson.Document;

import org.springframework.cache.CacheManager;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import uk.opcc.quorum.bot.system.CacheProperties;

/**
 * Where Quorum can reach people later: the conversation reference of each user's personal
 * chat (by Entra object id) and of each group chat or channel (by conversation id), kept
 * in {@code bot_conversations}, refreshed when someone speaks to Quorum or installs it. A
 * reference this instance stored within the last hour, with the same address, is not
 * written again: a write per message would cost more than the rest of the reply.
 */
@Component
public class ConversationReferences {

	static final String COLLECTION = "bot_conversations";

	private final MongoTemplate mongo;

	private final Clock clock;

	private final Recently stored;

	ConversationReferences(MongoTemplate mongo, Clock clock, CacheManager caches) {
		this.mongo = mongo;
		this.clock = clock;
		this.stored = new Recently(caches.getCache(CacheProperties.STORED_REFERENCES));
	}

	public void remember(Activity activity) {
		ConversationReference reference = activity.getConversationReference();
		String type = activity.getConversation().getConversationType();
		boolean personal = type == null || "personal".equals(type);
		String userId = activity.getFrom() == null ? null : activity.getFrom().getAadObjectId() != null
				? activity.getFrom().getAadObjectId() : activity.getFrom().getId();
		String key = personal && userId != null ? "user:" + userId
				: "conversation:" + activity.getConversation().getId();
		String address = String.join("|", String.valueOf(reference.getServiceUrl()),
				String.valueOf(activity.getConversation().getId()),
				String.valueOf(activity.getConversation().getTenantId()),
				reference.getBot() == null ? "" : String.valueOf(reference.getBot().getId()),
				reference.getUser() == null ? "" : String.valueOf(reference.getUser().getId()));
		if (!stored.due(key, address)) {
			return;
		}
		String json = Serialization.toStringSilent(reference);
		try {
			mongo.upsert(Query.query(Criteria.where("_id").is(key)),
					new Update().set("reference", json)
						.set("conversationId", activity.getConversation().getId())
						.set("updatedAt", Date.from(clock.instant())),
					COLLECTION);
		}
		catch (RuntimeException ex) {
			stored.forget(key);
			throw ex;
		}
	}

	/**
	 * A user's personal chat, found by Entra object id, or by the UPN or e-mail learnt
	 * from Teams.
	 */
	Optional<ConversationReference> forUser(String recipient) {
		Optional<ConversationReference> byId = find("user:" + recipient);
		if (byId.isPresent() || recipient == null) {
			return byId;
		}
		String address = recipient.strip().toLowerCase(Locale.ROOT);
		Document stored = mongo.findOne(Query
			.query(new Criteria().orOperator(Criteria.where("upn").is(address), Criteria.where("email").is(address))),
				Document.class, COLLECTION);
		return Optional.ofNullable(stored).map(ConversationReferences::reference);
	}

	/** Whether Quorum knows the UPN of the user with this object id. */
	public boolean knowsAddressOf(String userId) {
		return mongo.exists(Query.query(Criteria.where("_id").is("user:" + userId).and("upn").exists(true)),
				COLLECTION);
	}

	/**
	 * Records how the organisation addresses a user, so boards can list people by e-mail.
	 */
	public void rememberAddress(String userId, String upn, String email) {
		Update update = new Update();
		if (upn != null) {
			update.set("upn", upn.toLowerCase(Locale.ROOT));
		}
		if (email != null) {
			update.set("email", email.toLowerCase(Locale.ROOT));
		}
		if (!update.getUpdateObject().isEmpty()) {
			mongo.updateFirst(Query.query(Criteria.where("_id").is("user:" + userId)), update, COLLECTION);
		}
	}

	/**
	 * The ways a user may be named in configuration: object id, UPN and e-mail, as far as
	 * known.
	 */
	public Set<String> aliasesOf(String userId) {
		Set<String> aliases = new LinkedHashSet<>();
		aliases.add(userId);
		Document stored = mongo.findById("user:" + userId, Document.class, COLLECTION);
		if (stored != null) {
			for (String field : new String[] { "upn", "email" }) {
				if (stored.getString(field) != null) {
					aliases.add(stored.getString(field));
				}
			}
		}
		return aliases;
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
		return Optional.ofNullable(mongo.findById(key, Document.class, COLLECTION))
			.map(ConversationReferences::reference);
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
