package uk.opcc.quorum.bot.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The transcripts of local chat conversations, held in memory: the chat page is for
 * trying Quorum on this machine, and its conversations need not survive a restart. The
 * bot's replies reach a transcript through the same connector protocol Teams uses
 * ({@link LocalConnectorController}).
 */
@Component
public class LocalChat {

	/** The channel id of activities from the chat page. */
	public static final String CHANNEL = "quorum-chat";

	private static final int MAX_CONVERSATIONS = 200;

	private static final int MAX_ACTIVITIES = 500;

	private final Map<String, List<Map<String, Object>>> transcripts = new ConcurrentHashMap<>();

	private final boolean enabled;

	LocalChat(ChatProperties properties, Environment environment) {
		this.enabled = properties.enabled() != null ? properties.enabled()
				: !StringUtils.hasText(environment.getProperty("MicrosoftAppId"));
	}

	public boolean enabled() {
		return enabled;
	}

	boolean open(String conversationId) {
		if (transcripts.size() >= MAX_CONVERSATIONS) {
			transcripts.keySet().stream().findFirst().ifPresent(transcripts::remove);
		}
		transcripts.put(conversationId, new ArrayList<>());
		return true;
	}

	boolean exists(String conversationId) {
		return transcripts.containsKey(conversationId);
	}

	void add(String conversationId, Map<String, Object> activity) {
		List<Map<String, Object>> transcript = transcripts.get(conversationId);
		if (transcript != null) {
			synchronized (transcript) {
				if (transcript.size() < MAX_ACTIVITIES) {
					transcript.add(activity);
				}
			}
		}
	}

	List<Map<String, Object>> since(String conversationId, int watermark) {
		List<Map<String, Object>> transcript = transcripts.getOrDefault(conversationId, List.of());
		synchronized (transcript) {
			return List.copyOf(transcript.subList(Math.min(watermark, transcript.size()), transcript.size()));
		}
	}

}
