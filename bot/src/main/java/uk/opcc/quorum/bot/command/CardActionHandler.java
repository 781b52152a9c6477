package uk.opcc.quorum.bot.command;

import java.util.Set;

import uk.opcc.quorum.bot.security.Role;

/**
 * Handles the card actions carrying one verb; a Spring bean contributed by a capability's
 * adapter in {@code bot}.
 */
public interface CardActionHandler {

	String verb();

	Set<Role> allowedRoles();

	BotReply handle(CardActionRequest request);

}
