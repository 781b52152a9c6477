package uk.opcc.quorum.bot.teams;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.builder.teams.TeamsActivityHandler;
import com.microsoft.bot.integration.BotFrameworkHttpAdapter;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.AdaptiveCardInvokeResponse;
import com.microsoft.bot.schema.AdaptiveCardInvokeValue;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.ConversationReference;
import com.microsoft.bot.schema.MessageReaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import uk.opcc.quorum.bot.command.BotReply;
import uk.opcc.quorum.bot.command.Caller;
import uk.opcc.quorum.bot.command.CommandDispatcher;
import uk.opcc.quorum.bot.command.ConversationInfo;
import uk.opcc.quorum.bot.command.IncomingFile;
import uk.opcc.quorum.bot.chat.LocalChat;
import uk.opcc.quorum.bot.proactive.ConversationReferences;

/**
 * The thin Teams handler: refuses other tenants, drops retried activities, strips the @mention, and hands the
 * work to a background thread that shows typing and answers through the connector, so the HTTP request is
 * acknowledged well inside Teams' 15 seconds. What to do is decided by {@link CommandDispatcher}.
 */
@Component
class QuorumBot extends TeamsActivityHandler {

	private static final Logger log = LoggerFactory.getLogger(QuorumBot.class);

	private static final java.time.Duration TYPING_AFTER = java.time.Duration.ofMillis(700);

	private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
		Thread thread = new Thread(runnable, "quorum-typing");
		thread.setDaemon(true);
		return thread;
	});

	private static final String REFUSAL = "Sorry, Quorum is available only to the office it was set up for.";

	private final CommandDispatcher dispatcher;

	private final ActivityLedger ledger;

	private final TeamsProperties properties;

	private final BotFrameworkHttpAdapter adapter;

	private final Executor work;

	private final String appId;

	private final ConversationReferences references;

	private final AddressBook addresses;

	private final OutboundSender sender;

	private final ReactionLog feedback;

	private final ActivityReader reader;

	QuorumBot(CommandDispatcher dispatcher, ActivityLedger ledger, TeamsProperties properties,
			@Lazy BotFrameworkHttpAdapter adapter, @Qualifier("botWork") Executor work,
			Environment environment, ConversationReferences references, OutboundSender sender, ReactionLog feedback,
			ActivityReader reader, AddressBook addresses) {
		this.reader = reader;
		this.addresses = addresses;
		this.feedback = feedback;
		this.sender = sender;
		this.references = references;
		this.dispatcher = dispatcher;
		this.ledger = ledger;
		this.properties = properties;
		this.adapter = adapter;
		this.work = work;
		this.appId = environment.getProperty("MicrosoftAppId", "");
	}

	@Override
	protected CompletableFuture<Void> onMessageActivity(TurnContext turn) {
		Activity activity = turn.getActivity();
		if (!allowed(activity)) {
			return turn.sendActivity(MessageFactory.text(REFUSAL)).thenApply(sent -> null);
		}
		if (!ledger.firstSight(activity.getId())) {
			return CompletableFuture.completedFuture(null);
		}
		String text = IncomingText.plain(activity.removeRecipientMention());
		// Storing the conversation and working out who the caller is (which may need Microsoft Graph) wait until
		// after the acknowledgement: only the de-duplication above must happen before it.
		later(activity.getConversationReference(), () -> {
			remember(activity);
			Caller caller = reader.caller(activity);
			ConversationInfo conversation = ActivityReader.conversation(activity);
			Map<String, Object> submitted = ActivityReader.submitted(activity.getValue());
			return submitted != null
					? dispatcher.cardAction(caller, String.valueOf(submitted.get("verb")), submitted, conversation)
					: dispatcher.message(caller, text, conversation, ActivityReader.files(activity));
		});
		return CompletableFuture.completedFuture(null);
	}

	/** Losing a conversation reference only delays proactive messages; the answer still goes out. */
	private void remember(Activity activity) {
		try {
			references.remember(activity);
		}
		catch (RuntimeException ex) {
			log.warn("Could not store the conversation {}: {}", activity.getConversation().getId(), ex.getMessage());
		}
	}

	@Override
	protected CompletableFuture<AdaptiveCardInvokeResponse> onAdaptiveCardInvoke(TurnContext turn,
			AdaptiveCardInvokeValue invoke) {
		Activity activity = turn.getActivity();
		AdaptiveCardInvokeResponse response = new AdaptiveCardInvokeResponse();
		response.setStatusCode(200);
		response.setType("application/vnd.microsoft.activity.message");
		if (!allowed(activity)) {
			response.setValue(REFUSAL);
			return CompletableFuture.completedFuture(response);
		}
		response.setValue("Working on it...");
		if (ledger.firstSight(activity.getId())) {
			Map<String, Object> data = ActivityReader.submitted(invoke.getAction().getData());
			Map<String, Object> merged = data == null ? Map.of() : data;
			later(activity.getConversationReference(), () -> dispatcher.cardAction(reader.caller(activity),
					invoke.getAction().getVerb(), merged, ActivityReader.conversation(activity)));
		}
		return CompletableFuture.completedFuture(response);
	}

	@Override
	protected CompletableFuture<Void> onMembersAdded(List<ChannelAccount> members, TurnContext turn) {
		Activity activity = turn.getActivity();
		if (!allowed(activity)) {
			return CompletableFuture.completedFuture(null);
		}
		boolean quorumAdded = members.stream().anyMatch(m -> m.getId().equals(activity.getRecipient().getId()));
		if (!quorumAdded && members.stream().noneMatch(m -> !m.getId().equals(activity.getRecipient().getId()))) {
			return CompletableFuture.completedFuture(null);
		}
		references.remember(activity);
		return turn.sendActivities(Replies.toActivities(dispatcher.message(reader.caller(activity), "help", ActivityReader.conversation(activity), List.of())))
			.thenApply(sent -> null);
	}

	/** A reaction (like, heart...) on one of Quorum's messages is kept as feedback for the office to review. */
	@Override
	protected CompletableFuture<Void> onReactionsAdded(List<MessageReaction> reactions,
			TurnContext turn) {
		Activity activity = turn.getActivity();
		if (allowed(activity) && ledger.firstSight(activity.getId())) {
			reactions.forEach(reaction -> feedback.record(reader.caller(activity).userId(), activity.getReplyToId(),
					reaction.getType()));
		}
		return CompletableFuture.completedFuture(null);
	}

	/**
	 * Does the work after the HTTP request has been answered, then sends the answer through the connector. The
	 * typing indicator goes out only when the answer takes longer than {@link #TYPING_AFTER}: an instant answer
	 * needs none, and skipping it halves the calls to Teams. It is a courtesy: if Teams refuses it, the answer
	 * still goes out.
	 */
	private void later(ConversationReference reference, Supplier<BotReply> reply) {
		work.execute(() -> {
			ScheduledFuture<?> typing = timer.schedule(() -> work.execute(() -> send(reference, turn -> {
				turn.sendActivity(Activity.createTypingActivity()).handle((sent, failure) -> sent).join();
			})), TYPING_AFTER.toMillis(), TimeUnit.MILLISECONDS);
			BotReply answer;
			try {
				answer = reply.get();
			}
			finally {
				typing.cancel(false);
			}
			send(reference, turn -> {
				sender.send(turn, Replies.toActivities(answer));
				if (reference.getConversation() != null && "personal".equals(reference.getConversation().getConversationType())) {
					addresses.learn(turn, reference.getUser());
				}
			});
		});
	}

	private void send(ConversationReference reference, java.util.function.Consumer<TurnContext> action) {
		try {
			adapter.continueConversation(appId, reference, turn -> {
				action.accept(turn);
				return CompletableFuture.completedFuture(null);
			}).join();
		}
		catch (RuntimeException ex) {
			log.error("Could not deliver a reply to conversation {}", reference.getConversation().getId(), ex);
		}
	}

	/** The local chat page is for this machine only and has no tenant; every other channel must be allowed. */
	private boolean allowed(Activity activity) {
		return LocalChat.CHANNEL.equals(activity.getChannelId())
				|| properties.tenantAllowed(activity.getConversation().getTenantId());
	}

}
