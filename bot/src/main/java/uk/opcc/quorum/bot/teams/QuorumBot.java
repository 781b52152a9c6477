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

import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.builder.teams.TeamsActivityHandler;
import com.microsoft.bot.integration.BotFrameworkHttpAdapter;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.AdaptiveCardInvokeResponse;
import com.microsoft.bot.schema.AdaptiveCardInvokeValue;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.ConversationReference;
import com.microsoft.bot.schema.MessageReaction;
import com.microsoft.bot.schema.teams.FileConsentCardResponse;
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
import uk.opcc.quorum.bot.chat.LocalChat;
import uk.opcc.quorum.bot.proactive.ConversationReferences;
import uk.opcc.quorum.bot.system.LogSafe;

/**
 * The thin Teams handler: refuses other tenants, drops retried activities, strips
 * the @mention, and hands the work to a background thread that shows typing and answers
 * through the connector, so the HTTP request is acknowledged well inside Teams' 15
 * seconds. What to do is decided by {@link CommandDispatcher}.
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

	/**
	 * Answers that may wait at once for each work thread, before acknowledgements wait
	 * for answers to go out ({@link PendingAnswers}).
	 */
	static final int PENDING_PER_THREAD = 4;

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

	private final FileUploads uploads;

	private final PendingAnswers pending;

	QuorumBot(CommandDispatcher dispatcher, ActivityLedger ledger, TeamsProperties properties,
			@Lazy BotFrameworkHttpAdapter adapter, @Qualifier("botWork") Executor work, Environment environment,
			ConversationReferences references, OutboundSender sender, ReactionLog feedback, ActivityReader reader,
			AddressBook addresses, FileUploads uploads) {
		this.uploads = uploads;
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
		this.pending = new PendingAnswers(PENDING_PER_THREAD * properties.workThreads());
	}

	@Override
	protected CompletableFuture<Void> onMessageActivity(TurnContext turn) {
		Activity activity = turn.getActivity();
		if (!allowed(activity)) {
			refuse(activity);
			return CompletableFuture.completedFuture(null);
		}
		if (!ledger.firstSight(activity.getId())) {
			return CompletableFuture.completedFuture(null);
		}
		String text = IncomingText.plain(IncomingText.withoutRecipientMention(activity));
		// Storing the conversation and working out who the caller is (which may need
		// Microsoft Graph) wait until
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

	/**
	 * After the acknowledgement like any answer, so a slow or unreachable connector
	 * cannot hold the request; not through later(), which would also learn the address of
	 * someone outside the office.
	 */
	private void refuse(Activity activity) {
		ConversationReference reference = activity.getConversationReference();
		work.execute(() -> send(reference, reply -> sender.send(reply, Replies.toActivities(BotReply.text(REFUSAL)))));
	}

	/**
	 * Losing a conversation reference only delays proactive messages; the answer still
	 * goes out.
	 */
	private void remember(Activity activity) {
		try {
			references.remember(activity);
		}
		catch (RuntimeException ex) {
			log.warn("Could not store the conversation {}: {}", LogSafe.of(activity.getConversation().getId()),
					LogSafe.of(ex));
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

	/**
	 * The answer to one of Quorum's file consent cards (ActivityCheck has made sure it is
	 * accept or decline). Answered at once, like a card action; the upload and what is
	 * said in the chat follow in the background.
	 */
	@Override
	protected CompletableFuture<InvokeResponse> onTeamsFileConsent(TurnContext turn, FileConsentCardResponse consent) {
		Activity activity = turn.getActivity();
		if (!allowed(activity)) {
			refuse(activity);
			return CompletableFuture.completedFuture(new InvokeResponse(200, null));
		}
		if (!ledger.firstSight(activity.getId())) {
			return CompletableFuture.completedFuture(new InvokeResponse(200, null));
		}
		return super.onTeamsFileConsent(turn, consent);
	}

	@Override
	protected CompletableFuture<Void> onTeamsFileConsentAccept(TurnContext turn, FileConsentCardResponse consent) {
		Activity activity = turn.getActivity();
		laterActivities(activity.getConversationReference(), () -> uploads.accepted(activity, consent));
		return CompletableFuture.completedFuture(null);
	}

	@Override
	protected CompletableFuture<Void> onTeamsFileConsentDecline(TurnContext turn, FileConsentCardResponse consent) {
		later(turn.getActivity().getConversationReference(), () -> BotReply.text("Not sent."));
		return CompletableFuture.completedFuture(null);
	}

	/**
	 * Only members joining matter to Quorum. The SDK's Teams handler would first ask
	 * Teams for the details of every member added, one call each, while the request waits
	 * (300 members held it 13 s); Quorum needs only their ids. Removals and channel or
	 * team events are not used.
	 */
	@Override
	protected CompletableFuture<Void> onConversationUpdateActivity(TurnContext turn) {
		List<ChannelAccount> added = turn.getActivity().getMembersAdded();
		return added == null || added.isEmpty() ? CompletableFuture.completedFuture(null) : onMembersAdded(added, turn);
	}

	/**
	 * Quorum reacts to no events (meeting start and end, token responses): they are
	 * acknowledged and dropped.
	 */
	@Override
	protected CompletableFuture<Void> onEventActivity(TurnContext turn) {
		return CompletableFuture.completedFuture(null);
	}

	/**
	 * Greets the conversation with the help card once, when Quorum or someone else joins
	 * it. However many members the activity lists, this is one pass over their ids and
	 * one greeting, sent after the acknowledgement.
	 */
	@Override
	protected CompletableFuture<Void> onMembersAdded(List<ChannelAccount> members, TurnContext turn) {
		Activity activity = turn.getActivity();
		if (!allowed(activity) || members.isEmpty() || !ledger.firstSight(activity.getId())) {
			return CompletableFuture.completedFuture(null);
		}
		later(activity.getConversationReference(), () -> {
			remember(activity);
			return dispatcher.message(reader.caller(activity), "help", ActivityReader.conversation(activity),
					List.of());
		});
		return CompletableFuture.completedFuture(null);
	}

	/**
	 * Invokes are answered in the HTTP response, so an invoke that fails must not carry
	 * the exception's text to the caller, as the SDK's Teams handler does: the failure is
	 * logged on one line and the answer is a fixed sentence.
	 */
	@Override
	protected CompletableFuture<InvokeResponse> onInvokeActivity(TurnContext turn) {
		CompletableFuture<InvokeResponse> answer;
		try {
			answer = super.onInvokeActivity(turn);
		}
		catch (RuntimeException ex) {
			answer = CompletableFuture.failedFuture(ex);
		}
		return answer.handle((response, failure) -> {
			if (failure == null && (response == null || response.getStatus() < 500)) {
				return response;
			}
			Activity activity = turn.getActivity();
			String cause = failure != null ? LogSafe.of(failure)
					: "status " + response.getStatus() + ", " + LogSafe.of(response.getBody());
			log.warn("Invoke {} of activity {} failed: {}", LogSafe.of(activity.getName()),
					LogSafe.of(activity.getId()), cause);
			com.microsoft.bot.schema.Error error = new com.microsoft.bot.schema.Error();
			error.setCode("InternalError");
			error.setMessage("Quorum could not handle this action. Please try again.");
			AdaptiveCardInvokeResponse body = new AdaptiveCardInvokeResponse();
			body.setStatusCode(500);
			body.setType("application/vnd.microsoft.error");
			body.setValue(error);
			return new InvokeResponse(500, body);
		});
	}

	/**
	 * A reaction (like, heart...) on one of Quorum's messages is kept as feedback for the
	 * office to review.
	 */
	@Override
	protected CompletableFuture<Void> onReactionsAdded(List<MessageReaction> reactions, TurnContext turn) {
		Activity activity = turn.getActivity();
		if (allowed(activity) && ledger.firstSight(activity.getId())) {
			reactions.forEach(reaction -> feedback.record(reader.caller(activity).userId(), activity.getReplyToId(),
					reaction.getType()));
		}
		return CompletableFuture.completedFuture(null);
	}

	/**
	 * Does the work after the HTTP request has been answered, then sends the answer
	 * through the connector. The typing indicator goes out only when the answer takes
	 * longer than {@link #TYPING_AFTER}: an instant answer needs none, and skipping it
	 * halves the calls to Teams. It is a courtesy: if Teams refuses it, the answer still
	 * goes out. When many answers already wait, the request waits for room first
	 * ({@link PendingAnswers}).
	 */
	private void later(ConversationReference reference, Supplier<BotReply> reply) {
		laterActivities(reference, () -> Replies.toActivities(reply.get()));
	}

	private void laterActivities(ConversationReference reference, Supplier<List<Activity>> reply) {
		PendingAnswers.Ticket ticket = pending.take();
		try {
			work.execute(() -> {
				try (ticket) {
					answer(reference, reply);
				}
			});
		}
		catch (RuntimeException ex) {
			ticket.close();
			throw ex;
		}
	}

	private void answer(ConversationReference reference, Supplier<List<Activity>> reply) {
		ScheduledFuture<?> typing = timer.schedule(() -> work.execute(() -> send(reference, turn -> {
			turn.sendActivity(Activity.createTypingActivity()).handle((sent, failure) -> sent).join();
		})), TYPING_AFTER.toMillis(), TimeUnit.MILLISECONDS);
		List<Activity> answer;
		try {
			answer = reply.get();
		}
		finally {
			typing.cancel(false);
		}
		send(reference, turn -> {
			sender.send(turn, answer);
			if (reference.getConversation() != null
					&& "personal".equals(reference.getConversation().getConversationType())) {
				addresses.learn(turn, reference.getUser());
			}
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
			// the connector being unreachable or refusing is expected from time to time:
			// one line, no stack
			log.warn("Could not deliver a reply to conversation {}: {}",
					LogSafe.of(reference.getConversation() == null ? null : reference.getConversation().getId()),
					LogSafe.of(ex));
		}
	}

	/**
	 * The local chat page is for this machine only and has no tenant; every other channel
	 * must be allowed.
	 */
	private boolean allowed(Activity activity) {
		return LocalChat.CHANNEL.equals(activity.getChannelId())
				|| properties.tenantAllowed(activity.getConversation().getTenantId());
	}

}
