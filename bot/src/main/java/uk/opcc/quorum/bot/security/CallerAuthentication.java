package uk.opcc.quorum.bot.security;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import uk.opcc.quorum.bot.command.Caller;

/**
 * A signed-in REST caller, however they proved who they are (Entra token, integration
 * key, or the trial header): their roles become {@code ROLE_*} authorities, so every
 * route's rule is written once in {@link SecurityConfiguration}.
 */
public final class CallerAuthentication extends AbstractAuthenticationToken {

	private final Caller caller;

	CallerAuthentication(Caller caller) {
		super(caller.roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList());
		this.caller = caller;
		setAuthenticated(true);
	}

	@Override
	public Caller getPrincipal() {
		return caller;
	}

	@Override
	public Object getCredentials() {
		return "";
	}

	@Override
	public String getName() {
		return caller.userId();
	}

}
