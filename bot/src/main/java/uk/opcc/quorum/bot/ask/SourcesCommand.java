package uk.opcc.quorum.bot.ask;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import uk.opcc.quorum.bot.card.Card;
import uk.opcc.quorum.bot.command.BotReply;
import uk.opcc.quorum.bot.command.CommandHandler;
import uk.opcc.quorum.bot.command.CommandRequest;
import uk.opcc.quorum.bot.security.Role;
import uk.opcc.quorum.knowledge.IndexedDocument;
import uk.opcc.quorum.knowledge.KnowledgeService;

/** Lists the indexed documents the caller may read; for the office's staff. */
@Component
class SourcesCommand implements CommandHandler {

	private static final int SHOWN = 40;

	private final KnowledgeService knowledge;

	private final Readership readership;

	SourcesCommand(KnowledgeService knowledge, Readership readership) {
		this.knowledge = knowledge;
		this.readership = readership;
	}

	@Override
	public List<String> names() {
		return List.of("sources");
	}

	@Override
	public String usage() {
		return "sources";
	}

	@Override
	public String description() {
		return "The documents I answer from";
	}

	@Override
	public List<String> examples() {
		return List.of("what documents do you answer from?");
	}

	@Override
	public Set<Role> allowedRoles() {
		return EnumSet.complementOf(EnumSet.of(Role.CANDIDATE));
	}

	@Override
	public BotReply handle(CommandRequest request) {
		List<IndexedDocument> documents = knowledge.documents(readership.audiences(request.caller().roles()));
		if (documents.isEmpty()) {
			return BotReply.text("No documents are indexed yet.");
		}
		Map<String, String> rows = new LinkedHashMap<>();
		documents.stream()
			.limit(SHOWN)
			.forEach(d -> rows.put(d.title(), d.audience() + ", " + d.chunks() + " passages"));
		Card card = Card.create().heading(documents.size() + " indexed documents").facts(rows);
		if (documents.size() > SHOWN) {
			card.subtle("Showing the first " + SHOWN + "; the full list is at GET /api/knowledge/documents.");
		}
		return BotReply.card(card);
	}

}
