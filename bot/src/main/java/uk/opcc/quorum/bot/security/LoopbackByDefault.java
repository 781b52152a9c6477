package uk.opcc.quorum.bot.security;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.util.StringUtils;

/**
 * Closed by default: with no Teams registration and no sign-in, nothing proves who a
 * caller is, so Quorum listens on loopback only. The lowest-precedence source, so an
 * explicit {@code server.address} still wins; decided when the address is read, so
 * configuration added after start-up began (tests' dynamic properties) counts too.
 */
class LoopbackByDefault implements EnvironmentPostProcessor {

	static final String SOURCE = "quorumLoopbackByDefault";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		environment.getPropertySources().addLast(new PropertySource<>(SOURCE, new Object()) {

			@Override
			public Object getProperty(String name) {
				return "server.address".equals(name) && closed(environment) ? "127.0.0.1" : null;
			}

		});
	}

	static boolean closed(ConfigurableEnvironment environment) {
		return !StringUtils.hasText(environment.getProperty("MicrosoftAppId"))
				&& !AccessMode.signInConfigured(environment);
	}

}
