package uk.opcc.quorum.bot.command;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import uk.opcc.quorum.bot.card.Card;
import uk.opcc.quorum.bot.conversation.Ambiguity;
import uk.opcc.quorum.bot.conversation.ConversationMemory;
import uk.opcc.quorum.bot.conversation.Intent;
import uk.opcc.quorum.bot.conversation.IntentRouter;
import uk.opcc.quorum.bot.conversation.ModelRouter;
import uk.opcc.quorum.bot.conversation.Route;
import uk.opcc.quorum.bot.conversation.Slots;
import uk.opcc.quorum.bot.security.Role;
import uk.opcc.quorum.bot.system.LogSafe;
import uk.opcc.quorum.knowledge.KnowledgeStarting;

/**
 * Routes a message to the command that serves it and a card action to the handler of its
 * verb, after one authorization check for all of them. A message is read by the
 * {@link ModelRouter}: a command word routes as it always has; a plain request ("when is
 * the next PAF?", "move it to 11") goes to the command serving its intent, with what it
 * names, completed from what the person last spoke of in the conversation. The intent is
 * the language model's proposal when one is configured, checked by the rules of the
 * {@link IntentRouter}, which decide alone otherwise. Handlers register themselves as
 * beans; nothing here knows which commands exist.
 */
@Component
public class CommandDispatcher {

	private static final Logger log = LoggerFactory.getLogger(CommandDispatcher.class);

	private final Map<String, CommandHandler> commands = new HashMap<>();

	private final Map<String, CardActionHandler> actions = new HashMap<>();

	/**
	 * Longer than any request a person types: such a message is a question (which Ask
	 * refuses, with its limit, when too long), not worth reading for an intent.
	 */
	static final int LONGEST_REQUEST = 1000;

	/** "and the one after?", "what about the next one after that" */
	private static final Pattern ONE_AFTER = Pattern.compile(
			"(?:and\\s+|what about\\s+|how about\\s+)?(?:the\\s+)?(?:next\\s+)?(?:one|meeting)\\s+after(?:\\s+that)?"
					+ "|(?:and\\s+)?after that",
			Pattern.CASE_INSENSITIVE);

	private final List<CommandHandler> handlers;

	private final ModelRouter router;

	private final ConversationMemory memory;

	public CommandDispatcher(List<CommandHandler> handlers, List<CardActionHandler> cardActions, ModelRouter router,
			ConversationMemory memory) {
		this.handlers = List.copyOf(handlers);
		this.router = router;
		this.memory = memory;
		handlers.forEach(handler -> handler.names().forEach(name -> register(commands, name, handler)));
		cardActions.forEach(handler -> register(actions, handler.verb(), handler));
	}

	private static <T> void register(Map<String, T> registry, String key, T handler) {
		T previous = registry.put(key.toLowerCase(Locale.ROOT), handler);
		if (previous != null) {
			throw new IllegalStateException("Two handlers claim '" + key + "': " + previous.getClass().getSimpleName()
					+ " and " + handler.getClass().getSimpleName());
		}
	}

	public BotReply message(Caller caller, String text, ConversationInfo conversation, List<IncomingFile> files) {
		String trimmed = text == null ? "" : text.strip();
		boolean withFiles = files != null && !files.isEmpty();
		if (!trimmed.isEmpty() && !withFiles && trimmed.codePoints().noneMatch(Character::isLetterOrDigit)) {
			return BotReply
				.text("I could not find any words in that. Ask a question, or type **help** to see what I can do.");
		}
		Dispatch dispatch;
		try {
			dispatch = dispatch(caller, trimmed, conversation, withFiles);
		}
		catch (KnowledgeStarting ex) {
			// a plain request is read with the embedding model, which loads after start
			return BotReply.text(ex.getMessage());
		}
		if (dispatch.ambiguity() != null) {
			Card card = Card.create().heading(dispatch.ambiguity().question());
			dispatch.ambiguity()
				.options()
				.forEach((label, asked) -> card.action(label, TryExampleAction.VERB, Map.of("text", asked)));
			return BotReply.card(card.subtle("Nothing has been done yet."));
		}
		CommandHandler handler = dispatch.handler();
		if (handler == null) {
			return BotReply.text("I don't know that command. Type **help** to see what I can do.");
		}
		if (dispatch.slots().board() != null && conversation != null) {
			memory.board(conversation.id(), caller.userId(), dispatch.slots().board());
		}
		return run(caller, handler.allowedRoles(), handler.names().get(0), () -> handler
			.handle(new CommandRequest(caller, dispatch.text(), conversation, files, dispatch.slots())));
	}

	/**
	 * The handler, the text it gets and the slots, for one message; or, when a name in it
	 * fits two boards or members, the question to ask instead.
	 */
	private record Dispatch(CommandHandler handler, String text, Slots slots, Ambiguity ambiguity) {

		Dispatch(CommandHandler handler, String text, Slots slots) {
			this(handler, text, slots, null);
		}

	}

	private Dispatch dispatch(Caller caller, String trimmed, ConversationInfo conversation, boolean withFiles) {
		String word = trimmed.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
		CommandHandler named = commands.get(word);
		String rest = trimmed.substring(Math.min(trimmed.length(), word.length())).strip();
		if (trimmed.length() > LONGEST_REQUEST) {
			return new Dispatch(named != null ? named : commands.get("ask"), named != null ? rest : trimmed,
					Slots.NONE);
		}
		Optional<ConversationMemory.Spoken> recent = conversation == null ? Optional.empty()
				: memory.recall(conversation.id(), caller.userId());
		if (named == null && recent.map(r -> r.meeting() != null).orElse(false)
				&& ONE_AFTER.matcher(trimmed.replaceAll("[?.!]+$", "").strip()).matches()) {
			return new Dispatch(commands.get("next"), "after", Slots.NONE);
		}
		Route route = router.route(trimmed, withFiles, named != null);
		Optional<Ambiguity> ambiguity = router.ambiguity(route.intent(), trimmed);
		if (ambiguity.isPresent()) {
			return new Dispatch(null, trimmed, Slots.NONE, ambiguity.get());
		}
		Slots slots = recent.map(r -> remembered(route, r)).orElse(route.slots());
		if (route.via() == Route.Via.COMMAND_WORD && named != null) {
			return new Dispatch(named, rest, slots);
		}
		// a command the router has no intent for: its word counts when the command
		// takes what follows it
		if (named != null && Intent.of(word).isEmpty() && named.accepts(rest)) {
			return new Dispatch(named, rest, slots);
		}
		CommandHandler serving = route.intent().command().map(commands::get).orElse(null);
		if (serving == null) {
			return new Dispatch(commands.get("ask"), trimmed, Slots.NONE);
		}
		return new Dispatch(serving, route.withSlots(slots).commandText(), slots);
	}

	/**
	 * The route's slots, with the board the person last spoke of when the request reads a
	 * board and names none ("move it to 11", "what's on its agenda").
	 */
	private static Slots remembered(Route route, ConversationMemory.Spoken recent) {
		Slots slots = route.slots();
		if (slots.board() != null || recent.board() == null || !route.intent().slots().contains(Slots.Kind.BOARD)) {
			return slots;
		}
		return slots.withBoard(recent.board());
	}

	public BotReply cardAction(Caller caller, String verb, Map<String, Object> data, ConversationInfo conversation) {
		CardActionHandler handler = verb == null ? null : actions.get(verb.toLowerCase(Locale.ROOT));
		if (handler == null) {
			return BotReply.text("That button is no longer recognised; please start again from a new message.");
		}
		return run(caller, handler.allowedRoles(), verb,
				() -> handler.handle(new CardActionRequest(caller, verb, data, conversation)));
	}

	/** The commands this caller may use, in registration order. */
	public List<CommandHandler> available(Caller caller) {
		return handlers.stream().filter(handler -> caller.hasAny(handler.allowedRoles())).toList();
	}

	private BotReply run(Caller caller, Set<Role> allowed, String what, java.util.function.Supplier<BotReply> work) {
		if (!caller.hasAny(allowed)) {
			return BotReply.text("Sorry, **" + what + "** needs the role of "
					+ allowed.stream().map(Role::description).sorted().collect(Collectors.joining(" or "))
					+ ". Ask an administrator if you should have it.");
		}
		try {
			return work.get();
		}
		catch (KnowledgeStarting ex) {
			return BotReply.text(ex.getMessage());
		}
		catch (RuntimeException ex) {
			log.error("Command '{}' failed for {}", LogSafe.of(what), LogSafe.of(caller.userId()), ex);
			return BotReply.text("Something went wrong while doing that; nothing was changed. Please try again, "
					+ "or tell the OPCC if it keeps happening.");
		}
	}

	Optional<CommandHandler> command(String name) {
		return Optional.ofNullable(commands.get(name));
	}

}
