package uk.opcc.quorum.bot.teams;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import uk.opcc.quorum.bot.security.Role;

/**
 * How Quorum meets Teams.
 *
 * @param allowedTenants Entra tenant ids whose users may use Quorum; empty allows any
 * (development only)
 * @param users roles by Entra object id of the user; anyone else in an allowed tenant is
 * a CANDIDATE
 * @param maxBodySize larger activities are refused with 413
 * @param maxMessageSize outgoing messages are kept under this (Teams refuses 100 KB)
 * @param sendRetries how often a send that Teams asks to retry (429, 412, 502, 504) is
 * tried again
 * @param maxBackoff the longest wait between two tries, whatever Retry-After says
 * @param rememberActivities how long activity ids are kept to recognise Teams' retries
 * (which come within minutes)
 * @param workThreads threads answering acknowledged activities; most of their time is
 * spent waiting on Teams
 * @param serviceHosts hosts Quorum may send replies to (an activity's serviceUrl) once
 * tokens are checked; a leading {@code *.} matches any subdomain. Without a Teams
 * registration only this machine is allowed.
 * @param fileHosts hosts Quorum may download sent files from, likewise
 * @param tokenIssuers issuers of the Bot Framework tokens accepted on /api/messages
 * @param keyTimeout how long fetching the channel's signing keys may take before the
 * token is refused
 */
@ConfigurationProperties("quorum.teams")
public record TeamsProperties(List<String> allowedTenants, Map<String, Set<Role>> users,
		@DefaultValue("256KB") DataSize maxBodySize, @DefaultValue("80KB") DataSize maxMessageSize,
		@DefaultValue("4") int sendRetries, @DefaultValue("30s") java.time.Duration maxBackoff,
		@DefaultValue("24h") java.time.Duration rememberActivities, @DefaultValue("16") int workThreads,
		@DefaultValue( {
				"smba.trafficmanager.net", "*.botframework.com", "*.teams.microsoft.com",
				"*.teams.microsoft.us" }) List<String> serviceHosts,
		@DefaultValue({ "*.sharepoint.com", "*.sharepoint.us", "*.teams.microsoft.com", "*.botframework.com",
				"smba.trafficmanager.net" }) List<String> fileHosts,
		@DefaultValue("https://api.botframework.com") List<String> tokenIssuers,
		@DefaultValue("5s") java.time.Duration keyTimeout){

	public TeamsProperties {
		if (workThreads < 1) {
			throw new IllegalArgumentException(
					"quorum.teams.work-threads must be at least 1, not " + workThreads + ".");
		}
		allowedTenants = allowedTenants == null ? List.of() : List.copyOf(allowedTenants);
		users = users == null ? Map.of() : Map.copyOf(users);
	}

	boolean tenantAllowed(String tenantId) {
		return allowedTenants.isEmpty() || (tenantId != null && allowedTenants.contains(tenantId));
	}

}
