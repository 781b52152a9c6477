package uk.opcc.quorum.bot.ask;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import uk.opcc.quorum.bot.command.BotReply;
import uk.opcc.quorum.bot.command.CommandHandler;
import uk.opcc.quorum.bot.command.CommandRequest;
import uk.opcc.quorum.bot.security.Role;
import uk.opcc.quorum.knowledge.KnowledgeService;
import uk.opcc.quorum.knowledge.QuestionRefused;

/**
 * Answers a question from the office's documents; also receives plain text typed in a
 * personal chat.
 */
@Component
class AskCommand implements CommandHandler {

	private final KnowledgeService knowledge;

	private final Readership readership;

	AskCommand(KnowledgeService knowledge, Readership readership) {
		this.knowledge = knowledge;
		this.readership = readership;
	}

	@Override
	public List<String> names() {
		return List.of("ask");
	}

	@Override
	public String usage() {
		return "ask <question>";
	}

	@Override
	public String description() {
		return "Answer from the office's documents, with the passages cited";
	}

	@Override
	public List<String> examples() {
		return List.of("What does the Police and Crime Panel do?", "who sets the precept?");
	}

	@Override
	public Set<Role> allowedRoles() {
		return EnumSet.allOf(Role.class);
	}

	@Override
	public BotReply handle(CommandRequest request) {
		if (request.text().isBlank()) {
			return BotReply.text("Ask me a question, for example: **ask what does the Police and Crime Panel do?**");
		}
		try {
			return BotReply.card(AnswerCard.of(request.text(),
					knowledge.answer(request.text(), readership.audiences(request.caller().roles()))));
		}
		catch (QuestionRefused ex) {
			return BotReply.text(ex.getMessage());
		}
	}

}
