package uk.opcc.quorum.bot.security;

import java.util.Map;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Roles by Entra group, read through Microsoft Graph with the application's Graph
 * registration ({@code spring.security.oauth2.client.registration.graph}).
 *
 * @param groups roles by Entra group object id, added to those mapped to the user
 * directly
 */
@ConfigurationProperties("quorum.security")
public record SecurityProperties(Map<String, Set<Role>> groups) {

	public SecurityProperties {
		groups = groups == null ? Map.of() : Map.copyOf(groups);
	}

}
