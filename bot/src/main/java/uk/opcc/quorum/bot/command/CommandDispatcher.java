package uk.opcc.quorum.bot.command;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import uk.opcc.quorum.bot.security.Role;
import uk.opcc.quorum.bot.system.LogSafe;

/**
 * Routes a message to the command its first word names (or, in a personal chat, plain
 * text to {@code ask}) and a card action to the handler of its verb, after one
 * authorization check for all of them. Handlers register themselves as beans; nothing
 * here knows which commands exist.
 */
@Component
public class CommandDispatcher {

	private static final Logger log = LoggerFactory.getLogger(CommandDispatcher.class);

	private final Map<String, CommandHandler> commands = new HashMap<>();

	private final Map<String, CardActionHandler> actions = new HashMap<>();

	private final List<CommandHandler> handlers;

	public CommandDispatcher(List<CommandHandler> handlers, List<CardActionHandler> cardActions) {
		this.handlers = List.copyOf(handlers);
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
		String word = trimmed.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
		CommandHandler named = commands.get(word);
		String rest = named == null ? trimmed : trimmed.substring(Math.min(trimmed.length(), word.length())).strip();
		CommandHandler handler = named != null ? named
				: files != null && !files.isEmpty() && commands.containsKey("upload") ? commands.get("upload")
						: trimmed.isEmpty() ? commands.get("help") : commands.get("ask");
		if (handler == null) {
			return BotReply.text("I don't know that command. Type **help** to see what I can do.");
		}
		return run(caller, handler.allowedRoles(), handler.names().get(0),
				() -> handler.handle(new CommandRequest(caller, rest, conversation, files)));
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
