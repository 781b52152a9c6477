package uk.opcc.quorum.bot.command;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import uk.opcc.quorum.bot.card.Card;
import uk.opcc.quorum.bot.security.Role;
import uk.opcc.quorum.scheduler.Board;
import uk.opcc.quorum.scheduler.Boards;

/**
 * What the caller's roles allow, taught by example: for each thing they can do, a
 * sentence that works as typed, with one of the office's boards in it.
 */
@Component
class HelpCommand implements CommandHandler {

	private final CommandDispatcher dispatcher;

	private final Boards boards;

	HelpCommand(@Lazy CommandDispatcher dispatcher, Boards boards) {
		this.dispatcher = dispatcher;
		this.boards = boards;
	}

	@Override
	public List<String> names() {
		return List.of("help", "?");
	}

	@Override
	public String usage() {
		return "help";
	}

	@Override
	public String description() {
		return "What I can do for you";
	}

	@Override
	public Set<Role> allowedRoles() {
		return EnumSet.allOf(Role.class);
	}

	@Override
	public BotReply handle(CommandRequest request) {
		String roles = request.caller()
			.roles()
			.stream()
			.map(Role::description)
			.sorted()
			.reduce((a, b) -> a + ", " + b)
			.orElse("");
		boolean office = !request.caller().roles().equals(Set.of(Role.CANDIDATE));
		String board = boards.recent()
			.stream()
			.filter(b -> office || b.publicBoard())
			.map(Board::code)
			.findFirst()
			.orElse("SGB");
		Card card = Card.create()
			.heading("What I can do")
			.subtle("You are signed in as " + roles + ". Type as you would to a colleague, for example:");
		List<String> tried = new ArrayList<>();
		for (CommandHandler handler : dispatcher.available(request.caller())) {
			List<String> examples = handler.examples().stream().map(e -> e.replace("{board}", board)).toList();
			if (examples.isEmpty()) {
				continue;
			}
			card.text("**" + handler.description() + "**\n\n"
					+ String.join("\n\n", examples.stream().map(e -> "\u201c" + e + "\u201d").toList()));
			// a question first: it is what most people come for
			tried.add(handler.names().contains("ask") ? 0 : tried.size(), examples.get(0));
		}
		card.text("Changes (booking, moving, drafting) are shown on a card first; nothing happens until you press "
				+ "its button.");
		tried.stream().limit(3).forEach(example -> card.action("Try: " + example, "help.try", Map.of("text", example)));
		// the welcome card is this card: a new PCC or candidate starts here
		card.action("I'm new: start here", "onboarding.start", Map.of());
		return new BotReply(List.of(new BotMessage("Here is what I can do.", card)));
	}

}
