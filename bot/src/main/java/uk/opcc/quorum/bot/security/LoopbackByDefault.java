package uk.opcc.quorum.bot.security;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Closed by default: with no Teams registration and no sign-in, nothing proves who a caller is, so Quorum listens
 * on loopback only. The lowest-precedence source, so an explicit {@code server.address} still wins.
 */
class LoopbackByDefault implements EnvironmentPostProcessor {

	static final String SOURCE = "quorumLoopbackByDefault";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!StringUtils.hasText(environment.getProperty("MicrosoftAppId"))
				&& !AccessMode.signInConfigured(environment)) {
			environment.getPropertySources()
				.addLast(new MapPropertySource(SOURCE, Map.of("server.address", "127.0.0.1")));
		}
	}

}
