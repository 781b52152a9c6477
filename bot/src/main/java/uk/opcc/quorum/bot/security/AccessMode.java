package uk.opcc.quorum.bot.security;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * How callers prove who they are, read once from the configuration. Sign-in is configured
 * by Spring Boot's resource server properties
 * ({@code spring.security.oauth2.resourceserver.jwt.issuer-uri} or {@code jwk-set-uri},
 * for Entra ID); Teams tokens are checked once {@code MicrosoftAppId} is set. With
 * neither, Quorum is in trial mode: it listens on loopback only and the REST API acts for
 * the user named in {@code X-Quorum-User}.
 */
@Component
public class AccessMode {

	static final String ISSUER = "spring.security.oauth2.resourceserver.jwt.issuer-uri";

	static final String KEYS = "spring.security.oauth2.resourceserver.jwt.jwk-set-uri";

	private final boolean signIn;

	private final boolean botTokens;

	AccessMode(Environment environment) {
		this.signIn = signInConfigured(environment);
		this.botTokens = StringUtils.hasText(environment.getProperty("MicrosoftAppId"));
	}

	static boolean signInConfigured(Environment environment) {
		return StringUtils.hasText(environment.getProperty(ISSUER))
				|| StringUtils.hasText(environment.getProperty(KEYS));
	}

	/** Entra ID tokens are accepted on the REST API, and the trial header is not. */
	public boolean signIn() {
		return signIn;
	}

	/** Activities on {@code /api/messages} must carry a Bot Framework token. */
	public boolean botTokens() {
		return botTokens;
	}

	/** Neither: the REST API trusts {@code X-Quorum-User} from this machine. */
	public boolean trial() {
		return !signIn;
	}

}
