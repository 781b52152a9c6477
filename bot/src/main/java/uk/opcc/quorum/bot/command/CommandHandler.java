package uk.opcc.quorum.bot.command;

import java.util.List;
import java.util.Set;

import uk.opcc.quorum.bot.security.Role;

/**
 * One command of Quorum's chat, contributed as a Spring bean by a capability's adapter in
 * {@code bot}. The dispatcher finds it by its names, checks {@link #allowedRoles()} once
 * for every command, and calls it. The handler named {@code ask} also receives plain text
 * in a personal chat.
 */
public interface CommandHandler {

	/** The command word and its aliases, lower case; the first is shown in help. */
	List<String> names();

	/** How to call it, e.g. {@code next [board]}. */
	String usage();

	/** One line for {@code help}. */
	String description();

	/**
	 * Sentences that work, as people would type them, for {@code help}; {@code {board}}
	 * stands for one of the office's boards. A test routes every one of them back to this
	 * command.
	 */
	default List<String> examples() {
		return List.of();
	}

	/**
	 * Whether a message starting with this command's word, followed by {@code rest}, is
	 * meant for this command, when the word is not one the intent router knows ("send me
	 * the PAF agenda" is a request to see it, "send agenda PAF" a command). Yes by
	 * default.
	 */
	default boolean accepts(String rest) {
		return true;
	}

	Set<Role> allowedRoles();

	BotReply handle(CommandRequest request);

}
