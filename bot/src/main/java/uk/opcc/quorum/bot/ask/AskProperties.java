package uk.opcc.quorum.bot.ask;

import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import uk.opcc.quorum.bot.security.Role;

/**
 * @param restrictedRoles roles that may read RESTRICTED documents
 */
@ConfigurationProperties("quorum.ask")
record AskProperties(@DefaultValue( {
		"PCC", "MONITORING_OFFICER", "CFO", "ADMIN" }) Set<Role> restrictedRoles){
}
