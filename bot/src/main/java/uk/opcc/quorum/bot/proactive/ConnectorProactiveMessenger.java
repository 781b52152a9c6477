package uk.opcc.quorum.bot.proactive;

import java.time.Clock;
import java.util.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.integration.BotFrameworkHttpAdapter;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ConversationReference;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import uk.opcc.quorum.bot.command.BotMessage;
import uk.opcc.quorum.bot.command.BotReply;
import uk.opcc.quorum.bot.teams.OutboundSender;
import uk.opcc.quorum.bot.teams.Replies;
import uk.opcc.quorum.bot.system.LogSafe;

/**
 * Sends proactive messages through the Bot Framework connector using stored conversation
 * references. A message that cannot be delivered (nobody to reach, or the connector
 * refused) is recorded in {@code bot_undelivered}.
 */
@Component
class ConnectorProactiveMessenger implements ProactiveMessenger, EditableMessages {

	private static final Logger log = LoggerFactory.getLogger(ConnectorProactiveMessenger.class);

	private final ConversationReferences references;

	private final BotFrameworkHttpAdapter adapter;

	private final MongoTemplate mongo;

	private final Clock clock;

	private final String appId;

	private final OutboundSender sender;

	ConnectorProactiveMessenger(ConversationReferences references, BotFrameworkHttpAdapter adapter, MongoTemplate mongo,
			Clock clock, Environment environment, OutboundSender sender) {
		this.sender = sender;
		this.references = references;
		this.adapter = adapter;
		this.mongo = mongo;
		this.clock = clock;
		this.appId = environment.getProperty("MicrosoftAppId", "");
	}

	@Override
	public Delivery send(String recipient, BotMessage message) {
		return deliver("user " + recipient, references.forUser(recipient), message);
	}

	@Override
	public Delivery sendToConversation(String conversationId, BotMessage message) {
		return deliver("conversation " + conversationId, references.forConversation(conversationId), message);
	}

	@Override
	public Optional<String> post(String conversationId, BotMessage message) {
		Optional<ConversationReference> reference = references.forConversation(conversationId);
		if (reference.isEmpty()) {
			undelivered("conversation " + conversationId, message, "Quorum has no conversation with this id.");
			return Optional.empty();
		}
		List<Optional<String>> id = new ArrayList<>(List.of(Optional.empty()));
		inTurn("conversation " + conversationId, reference.get(),
				turn -> id.set(0, sender.sendForUpdate(turn, MessageFactory.text(message.text()))));
		return id.get(0);
	}

	@Override
	public boolean edit(String conversationId, String messageId, BotMessage message) {
		Optional<ConversationReference> reference = references.forConversation(conversationId);
		boolean[] edited = new boolean[1];
		reference.ifPresent(found -> inTurn("conversation " + conversationId, found, turn -> {
			Activity update = MessageFactory.text(message.text());
			update.setId(messageId);
			edited[0] = sender.update(turn, update);
		}));
		return edited[0];
	}

	private void inTurn(String to, ConversationReference reference, Consumer<TurnContext> action) {
		try {
			adapter.continueConversation(appId, reference, turn -> {
				action.accept(turn);
				return CompletableFuture.completedFuture(null);
			}).join();
		}
		catch (RuntimeException ex) {
			log.warn("Message to {} failed: {}", LogSafe.of(to), LogSafe.of(ex));
		}
	}

	private Delivery deliver(String to, Optional<ConversationReference> reference, BotMessage message) {
		if (reference.isEmpty()) {
			return undelivered(to, message, "Quorum has no conversation with " + to + " yet: they must install Quorum "
					+ "or message it once.");
		}
		try {
			boolean[] delivered = new boolean[1];
			adapter.continueConversation(appId, reference.get(), turn -> {
				delivered[0] = sender.send(turn, Replies.toActivities(new BotReply(java.util.List.of(message))));
				return java.util.concurrent.CompletableFuture.completedFuture(null);
			}).join();
			// the sender has recorded a message it could not deliver
			return delivered[0] ? Delivery.ok() : Delivery.failed("Teams did not accept it after retries");
		}
		catch (RuntimeException ex) {
			log.warn("Proactive message to {} failed: {}", LogSafe.of(to), LogSafe.of(ex));
			return undelivered(to, message, "the Teams connector refused it: " + ex.getMessage());
		}
	}

	private Delivery undelivered(String to, BotMessage message, String reason) {
		mongo.insert(new Document("to", to).append("text", message.text())
			.append("card", message.card() == null ? null : message.card().toString())
			.append("reason", reason)
			.append("at", Date.from(clock.instant())), "bot_undelivered");
		return Delivery.failed(reason);
	}

}
