package uk.opcc.quorum.bot.chat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import com.microsoft.bot.schema.Serialization;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The part of the Bot Framework connector protocol the bot uses to answer, served locally
 * so that chat-page conversations take exactly the path Teams conversations take: their
 * activities name this as their serviceUrl.
 */
@RestController
@RequestMapping("/chat/connector/v3/conversations/{conversationId}/activities")
class LocalConnectorController {

	private final LocalChat chat;

	LocalConnectorController(LocalChat chat) {
		this.chat = chat;
	}

	@PostMapping({ "", "/{replyToId}" })
	ResponseEntity<Map<String, String>> send(@PathVariable String conversationId, HttpServletRequest request)
			throws IOException {
		// Read as bytes, like the Teams endpoint: no message converter stands between the
		// SDK's JSON and its reader.
		String activity = new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!chat.exists(conversationId)) {
			return ResponseEntity.notFound().build();
		}
		// Kept as a plain map: Spring MVC writes JSON with Jackson 3, which cannot write
		// the SDK's Jackson 2 trees.
		@SuppressWarnings("unchecked")
		Map<String, Object> json = Serialization.getAs(Serialization.jsonToTree(activity), Map.class);
		chat.add(conversationId, json);
		return ResponseEntity.ok(Map.of("id", UUID.randomUUID().toString()));
	}

	@PutMapping("/{activityId}")
	ResponseEntity<Map<String, String>> update(@PathVariable String conversationId, @PathVariable String activityId,
			HttpServletRequest request) throws IOException {
		return send(conversationId, request);
	}

}
