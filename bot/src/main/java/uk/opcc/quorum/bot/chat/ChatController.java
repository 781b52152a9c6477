package uk.opcc.quorum.bot.chat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.microsoft.bot.connector.authentication.ClaimsIdentity;
import com.microsoft.bot.integration.BotFrameworkHttpAdapter;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.ConversationAccount;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.opcc.quorum.bot.api.ApiProblem;
import uk.opcc.quorum.bot.security.Role;

/**
 * A Direct Line-style endpoint for the local chat page: start a conversation, post what
 * the user typed or pressed, and read the replies from a watermark. Activities go through
 * the same adapter and bot as Teams activities.
 */
@RestController
@RequestMapping("/chat/api/conversations")
class ChatController {

	private final LocalChat chat;

	private final BotFrameworkHttpAdapter adapter;

	private final com.microsoft.bot.builder.Bot bot;

	private final ChatProperties properties;

	ChatController(LocalChat chat, BotFrameworkHttpAdapter adapter, com.microsoft.bot.builder.Bot bot,
			ChatProperties properties) {
		this.chat = chat;
		this.adapter = adapter;
		this.bot = bot;
		this.properties = properties;
	}

	record Said(String text, Map<String, Object> value, String role) {
	}

	record Replies(List<Map<String, Object>> activities, int watermark) {
	}

	@PostMapping
	Map<String, String> start() {
		String id = "local-" + UUID.randomUUID();
		chat.open(id);
		return Map.of("conversationId", id);
	}

	@PostMapping("/{id}/activities")
	Map<String, String> say(@PathVariable String id, @RequestBody Said said, HttpServletRequest request) {
		if (!chat.exists(id)) {
			throw ApiProblem.notFound("No chat conversation " + id + "; start a new one.");
		}
		Role role = role(said.role());
		Activity activity = new Activity(ActivityTypes.MESSAGE);
		activity.setId(UUID.randomUUID().toString());
		activity.setChannelId(LocalChat.CHANNEL);
		activity.setServiceUrl(request.getScheme() + "://127.0.0.1:" + request.getLocalPort() + "/chat/connector/");
		ChannelAccount user = new ChannelAccount("local-user", "You");
		user.setAadObjectId("local-user");
		activity.setFrom(user);
		activity.setRecipient(new ChannelAccount("quorum", "Quorum"));
		ConversationAccount conversation = new ConversationAccount(id);
		conversation.setConversationType("personal");
		activity.setConversation(conversation);
		activity.setText(said.text());
		activity.setValue(said.value());
		activity.setChannelData(Map.of("quorumRole", role.name()));
		// Trusted: only this machine reaches the chat page (ChatAccessFilter), so no Bot
		// Framework token is needed.
		adapter.processActivity(new ClaimsIdentity("anonymous"), activity, bot::onTurn).join();
		return Map.of("id", activity.getId());
	}

	@GetMapping("/{id}/activities")
	Replies replies(@PathVariable String id, @RequestParam(defaultValue = "0") int watermark) {
		if (!chat.exists(id)) {
			throw ApiProblem.notFound("No chat conversation " + id + "; start a new one.");
		}
		List<Map<String, Object>> activities = chat.since(id, watermark);
		return new Replies(activities, watermark + activities.size());
	}

	private Role role(String name) {
		try {
			Role role = name == null ? Role.CANDIDATE : Role.valueOf(name.toUpperCase(Locale.ROOT));
			if (!properties.roles().contains(role)) {
				throw new ApiProblem(HttpStatus.FORBIDDEN, "The chat page may not act as " + role + ".");
			}
			return role;
		}
		catch (IllegalArgumentException ex) {
			throw ApiProblem.badRequest("Unknown role '" + name + "'.");
		}
	}

}
