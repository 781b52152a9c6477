package uk.opcc.quorum.bot.teams;

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
import uk.opcc.quorum.bot.security.Role;

/**
 * Reads what the handlers need from a Bot Framework activity: who is speaking, where, and
 * what they sent.
 */
@Component
class ActivityReader {

	private final Roles roles;

	ActivityReader(Roles roles) {
		this.roles = roles;
	}

	Caller caller(Activity activity) {
		ChannelAccount from = activity.getFrom();
		String userId = from.getAadObjectId() != null ? from.getAadObjectId() : from.getId();
		Set<Role> roles = LocalChat.CHANNEL.equals(activity.getChannelId())
				? Set.of(Role.valueOf(
						String.valueOf(Serialization.getAs(activity.getChannelData(), Map.class).get("quorumRole"))))
				: this.roles.of(userId);
		return new Caller(userId, from.getName(), activity.getConversation().getTenantId(), roles);
	}

	static ConversationInfo conversation(Activity activity) {
		String type = activity.getConversation().getConversationType();
		ConversationInfo.Kind kind = "channel".equals(type) ? ConversationInfo.Kind.CHANNEL
				: "groupChat".equals(type) ? ConversationInfo.Kind.GROUP : ConversationInfo.Kind.PERSONAL;
		String channelId = kind == ConversationInfo.Kind.CHANNEL ? activity.getConversation().getId() : null;
		return new ConversationInfo(activity.getConversation().getId(), kind, channelId);
	}

	/**
	 * Files sent with the message: in a personal chat Teams sends a download-info card
	 * whose content carries the download address; in a channel a file is a
	 * {@code reference} attachment whose content URL is the file in SharePoint, which
	 * only Graph will hand out (the text/html copy of the message that names it is not a
	 * file); elsewhere an attachment has a content URL.
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
				return url == null ? null
						: new IncomingFile(a.getName(), String.valueOf(info.get("fileType")), url.toString());
			}
			if (SHAREPOINT_FILE.equals(a.getContentType())) {
				return a.getContentUrl() == null ? null
						: new IncomingFile(a.getName(), a.getContentType(), a.getContentUrl(), true);
			}
			return a.getContentUrl() == null || a.getContentType().startsWith("text/html") ? null
					: new IncomingFile(a.getName(), a.getContentType(), a.getContentUrl());
		}).filter(java.util.Objects::nonNull).toList();
	}

	private static final String TEAMS_FILE = "application/vnd.microsoft.teams.file.download.info";

	private static final String SHAREPOINT_FILE = "reference";

	/**
	 * A card's submitted data; a value that is not an object (Teams allows a plain
	 * string) submits nothing.
	 */
	@SuppressWarnings("unchecked")
	static Map<String, Object> submitted(Object value) {
		if (value == null || !Serialization.objectToTree(value).isObject()) {
			return null;
		}
		Map<String, Object> data = Serialization.getAs(value, Map.class);
		return data != null && data.containsKey("verb") ? data : null;
	}

}
