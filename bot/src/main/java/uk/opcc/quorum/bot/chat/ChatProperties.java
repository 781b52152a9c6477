package uk.opcc.quorum.bot.chat;

import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import uk.opcc.quorum.bot.security.Role;

/**
 * The local chat page at {@code /}, for trying Quorum without Teams. Only callers on this
 * machine can use it.
 *
 * @param enabled on or off; when unset it is on unless {@code MicrosoftAppId} is
 * configured
 * @param roles the roles the page may act as (chosen on the page)
 */
@ConfigurationProperties("quorum.chat")
public record ChatProperties(Boolean enabled, @DefaultValue( {
		"CANDIDATE", "STAFF", "SECRETARY", "CFO", "MONITORING_OFFICER", "PCC", "ADMIN" }) Set<Role> roles){
}
