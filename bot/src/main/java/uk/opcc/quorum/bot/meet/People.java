package uk.opcc.quorum.bot.meet;

import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import uk.opcc.quorum.bot.command.Caller;
import uk.opcc.quorum.bot.proactive.ConversationReferences;
import uk.opcc.quorum.scheduler.Board;
import uk.opcc.quorum.scheduler.Member;

/**
 * Who a Teams caller is on a board: boards name people by Entra object id or by e-mail.
 */
@Component
class People {

	private final ConversationReferences references;

	People(ConversationReferences references) {
		this.references = references;
	}

	Set<String> aliases(Caller caller) {
		return references.aliasesOf(caller.userId());
	}

	Optional<Member> on(Board board, Caller caller) {
		return aliases(caller).stream().map(board::member).flatMap(Optional::stream).findFirst();
	}

}
