package uk.opcc.quorum.bot.security;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Roles by Entra group, read through Microsoft Graph with the bot's registration.
 *
 * @param groups roles by Entra group object id, added to those mapped to the user directly
 * @param clientId app id used for Graph (application.yml defaults it to MicrosoftAppId)
 * @param clientSecret its secret (defaults to MicrosoftAppPassword)
 * @param tokenUrl OAuth token endpoint of the tenant (defaults from MicrosoftAppTenantId)
 * @param graphUrl Microsoft Graph's base address
 * @param groupCache how long a user's groups are remembered
 */
@ConfigurationProperties("quorum.security")
public record SecurityProperties(Map<String, Set<Role>> groups,
		String clientId, String clientSecret, String tokenUrl,
		@DefaultValue("https://graph.microsoft.com") String graphUrl, @DefaultValue("10m") Duration groupCache) {

	public SecurityProperties {
		groups = groups == null ? Map.of() : Map.copyOf(groups);
	}

}
