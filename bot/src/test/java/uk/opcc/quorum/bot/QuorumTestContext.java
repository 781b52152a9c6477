package uk.opcc.quorum.bot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.Profiles;

/**
 * What differs between two runs of the same test context and so cannot sit in
 * application-test.yml: a store and index of its own in a new temporary directory, an
 * empty corpus (config/corpus must not be read), and the port of
 * {@link MicrosoftStandIn}. Sign-in's key set is given only to the {@code signin}
 * profile, since its presence alone is what turns sign-in on; the language model's
 * address (the stand-in's Azure OpenAI) only to the {@code llm} profile.
 */
public class QuorumTestContext implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		ConfigurableEnvironment environment = context.getEnvironment();
		Path root;
		try {
			root = Files.createTempDirectory("quorum-test");
			Files.createDirectories(root.resolve("corpus"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		String standIn = MicrosoftStandIn.baseUrl();
		Map<String, Object> properties = new HashMap<>();
		properties.put("quorum.store.data-dir", root.toString());
		properties.put("quorum.knowledge.index-dir", root.resolve("index").toString());
		properties.put("quorum.knowledge.corpus-dir", root.resolve("corpus").toString());
		properties.put("quorum.graph.base-url", standIn + MicrosoftStandIn.GRAPH);
		properties.put("spring.security.oauth2.client.provider.graph.token-uri",
				standIn + MicrosoftStandIn.GRAPH_TOKEN_PATH);
		properties.put("BotOpenIdMetadata", standIn + MicrosoftStandIn.BOT_METADATA);
		if (environment.acceptsProfiles(Profiles.of("llm"))) {
			properties.put("spring.ai.openai.base-url", standIn + MicrosoftStandIn.OPENAI);
		}
		if (environment.acceptsProfiles(Profiles.of("signin"))) {
			properties.put("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", standIn + "/entra/keys");
		}
		environment.getPropertySources().addFirst(new MapPropertySource("quorumTestContext", properties));
	}

}
