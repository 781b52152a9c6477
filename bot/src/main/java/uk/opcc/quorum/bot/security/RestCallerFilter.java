package uk.opcc.quorum.bot.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.EnumSet;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.StringUtils;
import org.springframework.web.filter.OncePerRequestFilter;

import uk.opcc.quorum.bot.api.Loopback;
import uk.opcc.quorum.bot.command.Caller;
import uk.opcc.quorum.bot.teams.Roles;

/**
 * Establishes REST callers who do not sign in with a token. The integration key
 * ({@code X-API-Key}) acts as office staff and nothing more. In trial mode only (no
 * sign-in configured), a caller on this machine acts for the user named in
 * {@code X-Quorum-User}, with that user's configured roles; the key, if configured, must
 * come too. Not a bean: Spring Boot would also register it as a servlet filter outside
 * the security chain.
 */
class RestCallerFilter extends OncePerRequestFilter {

	static final String KEY = "X-API-Key";

	static final String USER = "X-Quorum-User";

	static final String NAME = "X-Quorum-Name";

	/** The integration key's identity in audit trails. */
	static final String INTEGRATION = "api-key";

	private static final int MAX_ID = 200;

	private final byte[] key;

	private final AccessMode mode;

	private final Roles roles;

	private final Problems problems;

	RestCallerFilter(String key, AccessMode mode, Roles roles, Problems problems) {
		this.key = StringUtils.hasText(key) ? key.getBytes(StandardCharsets.UTF_8) : null;
		this.mode = mode;
		this.roles = roles;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var context = SecurityContextHolder.getContext();
		// Runs before the anonymous filter; a bearer token already checked leaves nothing
		// to do.
		if (context.getAuthentication() == null) {
			Object outcome = identify(request);
			if (outcome instanceof String refusal) {
				problems.commence(request, response, new Problems.CallerRefused(refusal));
				return;
			}
			if (outcome instanceof Caller caller) {
				context.setAuthentication(new CallerAuthentication(caller));
			}
		}
		chain.doFilter(request, response);
	}

	/**
	 * The caller, a sentence refusing the credentials sent, or null when none were sent.
	 */
	private Object identify(HttpServletRequest request) {
		String sentKey = request.getHeader(KEY);
		String user = request.getHeader(USER);
		boolean named = mode.trial() && StringUtils.hasText(user);
		if (sentKey == null && !named) {
			return null;
		}
		if (sentKey != null && (key == null || !MessageDigest.isEqual(sentKey.getBytes(StandardCharsets.UTF_8), key))) {
			return key == null ? "No integration key is configured (quorum.api.key), so X-API-Key is not accepted."
					: "The X-API-Key sent is not the key configured as quorum.api.key.";
		}
		if (!named) {
			return new Caller(INTEGRATION, "REST integration", null, EnumSet.of(Role.STAFF));
		}
		if (key != null && sentKey == null) {
			return "This API needs the key configured as quorum.api.key, sent in the X-API-Key header.";
		}
		if (!Loopback.isLocal(request)) {
			return "X-Quorum-User is trusted only from this machine, and only while no sign-in is configured.";
		}
		String id = user.strip();
		if (id.length() > MAX_ID || !printable(id)) {
			return "X-Quorum-User must be a user id of at most " + MAX_ID + " printable characters.";
		}
		String name = request.getHeader(NAME);
		boolean goodName = name != null && !name.isBlank() && name.length() <= MAX_ID && printable(name);
		return new Caller(id, goodName ? name.strip() : null, null, roles.of(id));
	}

	private static boolean printable(String text) {
		return text.chars().noneMatch(Character::isISOControl);
	}

}
