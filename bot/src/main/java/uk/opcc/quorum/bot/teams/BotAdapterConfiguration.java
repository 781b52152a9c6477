package uk.opcc.quorum.bot.teams;

import java.util.Properties;

import com.microsoft.bot.integration.BotFrameworkHttpAdapter;
import com.microsoft.bot.integration.Configuration;

import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * The Bot Framework adapter, configured from Spring's environment with the SDK's own keys
 * ({@code MicrosoftAppId}, {@code MicrosoftAppPassword}, {@code MicrosoftAppTenantId},
 * {@code ChannelService}, {@code BotOpenIdMetadata}). With no app id it runs
 * unauthenticated, as for the emulator and the local chat page.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
class BotAdapterConfiguration {

	@Bean
	BotFrameworkHttpAdapter botAdapter(Environment environment, TeamsProperties properties) {
		return new QuorumAdapter(new EnvironmentConfiguration(environment), properties.workThreads());
	}

	/** The SDK's configuration interface over Spring's environment. */
	record EnvironmentConfiguration(Environment environment) implements Configuration {

		@Override
		public String getProperty(String key) {
			return environment.getProperty(key);
		}

		@Override
		public Properties getProperties() {
			Properties properties = new Properties();
			for (String key : new String[] { "MicrosoftAppId", "MicrosoftAppPassword", "MicrosoftAppTenantId",
					"ChannelService", "BotOpenIdMetadata", "MicrosoftAppType" }) {
				String value = environment.getProperty(key);
				if (value != null) {
					properties.setProperty(key, value);
				}
			}
			return properties;
		}

		@Override
		public String[] getProperties(String key) {
			String value = environment.getProperty(key);
			return value == null ? null : value.split(",");
		}

	}

}
