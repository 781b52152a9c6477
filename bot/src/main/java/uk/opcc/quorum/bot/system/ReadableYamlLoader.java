package uk.opcc.quorum.bot.system;

import java.io.IOException;
import java.util.List;

import org.springframework.boot.env.PropertySourceLoader;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.Ordered;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.Resource;

/**
 * Loads YAML configuration exactly as Spring Boot does, but names the file when it cannot
 * be read or parsed: the parser's own error says only "in 'reader', line 3", which leaves
 * an operator guessing which file.
 */
class ReadableYamlLoader implements PropertySourceLoader, Ordered {

	private final YamlPropertySourceLoader delegate = new YamlPropertySourceLoader();

	@Override
	public String[] getFileExtensions() {
		return delegate.getFileExtensions();
	}

	@Override
	public List<PropertySource<?>> load(String name, Resource resource) throws IOException {
		try {
			return delegate.load(name, resource);
		}
		catch (IOException | RuntimeException ex) {
			throw new StartupProblem(
					"The configuration file " + resource.getDescription() + " could not be read: " + summary(ex),
					"Make the file readable by this user and valid YAML (check the indentation near the line named), "
							+ "or move it aside to run on the defaults.",
					ex);
		}
	}

	private static String summary(Exception ex) {
		String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
		return message.strip().replaceAll("\\s*\\R\\s*", " ").replace(" in 'reader',", "");
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
