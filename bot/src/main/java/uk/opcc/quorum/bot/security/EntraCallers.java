package uk.opcc.quorum.bot.security;

import java.util.List;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;

import uk.opcc.quorum.bot.command.Caller;
import uk.opcc.quorum.bot.teams.Roles;

/**
 * An Entra ID access token as a Quorum caller: the user's object id ({@code oid}) maps to
 * roles exactly as a Teams user's does, plus the groups and app roles the token lists.
 * Nothing else in the request counts.
 */
class EntraCallers implements Converter<Jwt, AbstractAuthenticationToken> {

	private final Roles roles;

	EntraCallers(Roles roles) {
		this.roles = roles;
	}

	@Override
	public AbstractAuthenticationToken convert(Jwt token) {
		String user = token.hasClaim("oid") ? token.getClaimAsString("oid") : token.getSubject();
		List<String> groups = listed(token, "groups");
		List<String> appRoles = listed(token, "roles");
		return new CallerAuthentication(new Caller(user, token.getClaimAsString("name"), token.getClaimAsString("tid"),
				roles.of(user, groups, appRoles)));
	}

	private static List<String> listed(Jwt token, String claim) {
		List<String> values = token.hasClaim(claim) ? token.getClaimAsStringList(claim) : null;
		return values == null ? List.of() : values;
	}

}
