package uk.opcc.quorum.decisions.drafting;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.ai.chat.client.ChatClient;

import uk.opcc.quorum.decisions.DecisionNotice;
import uk.opcc.quorum.knowledge.Citation;

/**
 * Drafting with a language model through Spring AI: the sections come back as structured
 * output.
 */
public class LanguageModelDrafter {

	private static final String SYSTEM = """
			You draft decision notices for an Office of the Police and Crime Commissioner in England and Wales.
			Write in plain, formal British English. Use only facts from the request and the office's passages; where
			the facts for a section are missing, write "[To complete: " followed by what is needed and "]".
			Never invent figures, names or dates. The recommendation starts "That the Police and Crime Commissioner".
			""";

	private final ChatClient chat;

	public LanguageModelDrafter(ChatClient chat) {
		this.chat = chat;
	}

	public DraftSections draft(String text, DecisionNotice.SourceMeeting source, List<Citation> passages) {
		String context = passages.stream()
			.map(p -> "[" + p.title() + ", " + p.section() + "] " + p.snippet())
			.collect(Collectors.joining("\n"));
		String meeting = source == null ? ""
				: "\nDecided at the " + source.boardCode() + " meeting of " + source.meetingDate() + ".";
		DraftSections draft = chat.prompt()
			.system(SYSTEM)
			.user("Request:\n" + text + meeting + "\n\nThe office's passages:\n"
					+ (context.isEmpty() ? "(none)" : context))
			.call()
			.entity(DraftSections.class);
		if (draft == null || draft.title() == null || draft.title().isBlank()) {
			throw new IllegalStateException("the model's answer had no title");
		}
		return draft;
	}

}
