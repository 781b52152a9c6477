package uk.opcc.quorum.bot.command;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import uk.opcc.quorum.bot.card.Card;
import uk.opcc.quorum.bot.security.Role;

/** Lists what the caller's roles allow, as a card. */
@Component
class HelpCommand implements CommandHandler {

	private final CommandDispatcher dispatcher;

	HelpCommand(@Lazy CommandDispatcher dispatcher) {
		this.dispatcher = dispatcher;
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
		Map<String, String> commands = new LinkedHashMap<>();
		dispatcher.available(request.caller()).forEach(handler -> commands.put(handler.usage(), handler.description()));
		String roles = request.caller()
			.roles()
			.stream()
			.map(Role::description)
			.sorted()
			.reduce((a, b) -> a + ", " + b)
			.orElse("");
		Card card = Card.create()
			.heading("What I can do")
			.subtle("You are signed in as " + roles + ".")
			.facts(commands)
			.text("In a personal chat you can also just type a question about the PCC or the office.")
			.action("Ask an example question", "ask.question",
					Map.of("question", "What does the Police and Crime Panel do?"))
			// the welcome card is this card: a new PCC or candidate starts here
			.action("I'm new: start here", "onboarding.start", Map.of());
		return new BotReply(List.of(new BotMessage("Here is what I can do.", card)));
	}

}
