package uk.opcc.quorum.bot.teams;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.builder.teams.TeamsActivityHandler;
import com.microsoft.bot.integration.BotFrameworkHttpAdapter;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.AdaptiveCardInvokeResponse;
import com.microsoft.bot.schema.AdaptiveCardInvokeValue;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.ConversationReference;
import com.microsoft.bot.schema.Serialization;
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

	private static final String REFUSAL = "Sorry, Quorum is available only to the office it was set up for.";

	private final CommandDispatcher dispatcher;

	private final ActivityLedger ledger;

	private final TeamsProperties properties;

	private final BotFrameworkHttpAdapter adapter;

	private final Executor work;

	private final String appId;

	private final ConversationReferences references;

	private final OutboundSender sender;

	private final ReactionLog feedback;

	private final uk.opcc.quorum.bot.security.GroupDirectory groups;

	private final uk.opcc.quorum.bot.security.SecurityProperties security;

	QuorumBot(CommandDispatcher dispatcher, ActivityLedger ledger, TeamsProperties properties,
			@Lazy BotFrameworkHttpAdapter adapter, @Qualifier("botWork") Executor work,
			Environment environment, ConversationReferences references, OutboundSender sender, ReactionLog feedback,
			uk.opcc.quorum.bot.security.GroupDirectory groups, uk.opcc.quorum.bot.security.SecurityProperties security) {
		this.groups = groups;
		this.security = security;
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
		references.remember(activity);
		String text = activity.removeRecipientMention();
		Caller caller = caller(activity);
		ConversationInfo conversation = conversation(activity);
		Map<String, Object> submitted = submitted(activity.getValue());
		List<IncomingFile> files = files(activity);
		later(activity.getConversationReference(), () -> submitted != null
				? dispatcher.cardAction(caller, String.valueOf(submitted.get("verb")), submitted, conversation)
				: dispatcher.message(caller, text, conversation, files));
		return CompletableFuture.completedFuture(null);
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
			Map<String, Object> data = submitted(invoke.getAction().getData());
			Map<String, Object> merged = data == null ? Map.of() : data;
			later(activity.getConversationReference(), () -> dispatcher.cardAction(caller(activity),
					invoke.getAction().getVerb(), merged, conversation(activity)));
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
		return turn.sendActivities(Replies.toActivities(dispatcher.message(caller(activity), "help", conversation(activity), List.of())))
			.thenApply(sent -> null);
	}

	/** A reaction (like, heart...) on one of Quorum's messages is kept as feedback for the office to review. */
	@Override
	protected CompletableFuture<Void> onReactionsAdded(List<com.microsoft.bot.schema.MessageReaction> reactions,
			TurnContext turn) {
		Activity activity = turn.getActivity();
		if (allowed(activity) && ledger.firstSight(activity.getId())) {
			reactions.forEach(reaction -> feedback.record(caller(activity).userId(), activity.getReplyToId(),
					reaction.getType()));
		}
		return CompletableFuture.completedFuture(null);
	}

	/**
	 * Does the work after the HTTP request has been answered: the typing indicator (a courtesy: if Teams refuses
	 * it, the answer still goes out), then the answer, through the connector.
	 */
	private void later(ConversationReference reference, java.util.function.Supplier<BotReply> reply) {
		work.execute(() -> {
			try {
				adapter.continueConversation(appId, reference, turn -> {
					turn.sendActivity(Activity.createTypingActivity()).handle((sent, failure) -> sent).join();
					sender.send(turn, Replies.toActivities(reply.get()));
					return CompletableFuture.completedFuture(null);
				}).join();
			}
			catch (RuntimeException ex) {
				log.error("Could not deliver a reply to conversation {}", reference.getConversation().getId(), ex);
			}
		});
	}

	private Caller caller(Activity activity) {
		ChannelAccount from = activity.getFrom();
		String userId = from.getAadObjectId() != null ? from.getAadObjectId() : from.getId();
		java.util.Set<uk.opcc.quorum.bot.security.Role> roles = LocalChat.CHANNEL.equals(activity.getChannelId())
				? java.util.Set.of(uk.opcc.quorum.bot.security.Role.valueOf(
						String.valueOf(Serialization.getAs(activity.getChannelData(), Map.class).get("quorumRole"))))
				: rolesOf(userId);
		return new Caller(userId, from.getName(), activity.getConversation().getTenantId(), roles);
	}

	/** Roles mapped to the user directly plus those of their Entra groups; nobody mapped is a CANDIDATE. */
	private java.util.Set<uk.opcc.quorum.bot.security.Role> rolesOf(String userId) {
		java.util.Set<uk.opcc.quorum.bot.security.Role> roles = java.util.EnumSet.noneOf(uk.opcc.quorum.bot.security.Role.class);
		roles.addAll(properties.rolesOf(userId));
		groups.groupsOf(userId).forEach(group -> roles.addAll(security.groups().getOrDefault(group, java.util.Set.of())));
		if (roles.size() > 1) {
			roles.remove(uk.opcc.quorum.bot.security.Role.CANDIDATE);
		}
		return roles;
	}

	/** The local chat page is for this machine only and has no tenant; every other channel must be allowed. */
	private boolean allowed(Activity activity) {
		return LocalChat.CHANNEL.equals(activity.getChannelId())
				|| properties.tenantAllowed(activity.getConversation().getTenantId());
	}

	private static ConversationInfo conversation(Activity activity) {
		String type = activity.getConversation().getConversationType();
		ConversationInfo.Kind kind = "channel".equals(type) ? ConversationInfo.Kind.CHANNEL
				: "groupChat".equals(type) ? ConversationInfo.Kind.GROUP : ConversationInfo.Kind.PERSONAL;
		String channelId = kind == ConversationInfo.Kind.CHANNEL ? activity.getConversation().getId() : null;
		return new ConversationInfo(activity.getConversation().getId(), kind, channelId);
	}

	private static List<IncomingFile> files(Activity activity) {
		if (activity.getAttachments() == null) {
			return List.of();
		}
		return activity.getAttachments().stream()
			.filter(a -> a.getContentUrl() != null)
			.map(a -> new IncomingFile(a.getName(), a.getContentType(), a.getContentUrl()))
			.toList();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> submitted(Object value) {
		if (value == null) {
			return null;
		}
		Map<String, Object> data = Serialization.getAs(value, Map.class);
		return data != null && data.containsKey("verb") ? data : null;
	}

}
