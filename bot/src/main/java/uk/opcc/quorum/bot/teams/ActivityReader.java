package uk.opcc.quorum.bot.teams;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.Serialization;

import org.springframework.stereotype.Component;

import uk.opcc.quorum.bot.chat.LocalChat;
import uk.opcc.quorum.bot.command.Caller;
import uk.opcc.quorum.bot.command.ConversationInfo;
import uk.opcc.quorum.bot.command.IncomingFile;
import uk.opcc.quorum.bot.security.GroupDirectory;
import uk.opcc.quorum.bot.security.Role;
import uk.opcc.quorum.bot.security.SecurityProperties;

/** Reads what the handlers need from a Bot Framework activity: who is speaking, where, and what they sent. */
@Component
class ActivityReader {

	private final TeamsProperties properties;

	private final GroupDirectory groups;

	private final SecurityProperties security;

	ActivityReader(TeamsProperties properties, GroupDirectory groups, SecurityProperties security) {
		this.properties = properties;
		this.groups = groups;
		this.security = security;
	}

	Caller caller(Activity activity) {
		ChannelAccount from = activity.getFrom();
		String userId = from.getAadObjectId() != null ? from.getAadObjectId() : from.getId();
		Set<Role> roles = LocalChat.CHANNEL.equals(activity.getChannelId())
				? Set.of(Role.valueOf(
						String.valueOf(Serialization.getAs(activity.getChannelData(), Map.class).get("quorumRole"))))
				: rolesOf(userId);
		return new Caller(userId, from.getName(), activity.getConversation().getTenantId(), roles);
	}

	/** Roles mapped to the user directly plus those of their Entra groups; nobody mapped is a CANDIDATE. */
	private Set<Role> rolesOf(String userId) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		roles.addAll(properties.rolesOf(userId));
		groups.groupsOf(userId).forEach(group -> roles.addAll(security.groups().getOrDefault(group, Set.of())));
		if (roles.size() > 1) {
			roles.remove(Role.CANDIDATE);
		}
		return roles;
	}

	static ConversationInfo conversation(Activity activity) {
		String type = activity.getConversation().getConversationType();
		ConversationInfo.Kind kind = "channel".equals(type) ? ConversationInfo.Kind.CHANNEL
				: "groupChat".equals(type) ? ConversationInfo.Kind.GROUP : ConversationInfo.Kind.PERSONAL;
		String channelId = kind == ConversationInfo.Kind.CHANNEL ? activity.getConversation().getId() : null;
		return new ConversationInfo(activity.getConversation().getId(), kind, channelId);
	}

	/**
	 * Files sent with the message: in a personal chat Teams sends a download-info card whose content carries the
	 * download address; elsewhere an attachment has a content URL.
	 */
	@SuppressWarnings("unchecked")
	static List<IncomingFile> files(Activity activity) {
		if (activity.getAttachments() == null) {
			return List.of();
		}
		return activity.getAttachments().stream().map(a -> {
			if (TEAMS_FILE.equals(a.getContentType()) && a.getContent() != null) {
				Map<String, Object> info = Serialization.getAs(a.getContent(), Map.class);
				Object url = info == null ? null : info.get("downloadUrl");
				return url == null ? null : new IncomingFile(a.getName(), String.valueOf(info.get("fileType")), url.toString());
			}
			return a.getContentUrl() == null || a.getContentType().startsWith("text/html") ? null
					: new IncomingFile(a.getName(), a.getContentType(), a.getContentUrl());
		}).filter(java.util.Objects::nonNull).toList();
	}

	private static final String TEAMS_FILE = "application/vnd.microsoft.teams.file.download.info";

	@SuppressWarnings("unchecked")
	static Map<String, Object> submitted(Object value) {
		if (value == null) {
			return null;
		}
		Map<String, Object> data = Serialization.getAs(value, Map.class);
		return data != null && data.containsKey("verb") ? data : null;
	}

}
