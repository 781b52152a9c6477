package uk.opcc.quorum.bot.site;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Nu HTML checker (vnu, the W3C's validator) as a library: it reads a page from
 * memory, offline, and answers its messages. It runs in a class loader of its own over
 * the jars the build copies to {@code target/nu-validator} (system property
 * {@code quorum.nu-validator.dir}), because it needs Jetty 11's client, which on the
 * application's class path would make Spring Boot choose Jetty for its HTTP clients. The
 * first page takes a few seconds while the schemas load.
 */
final class HtmlChecker {

	/**
	 * One message of the checker.
	 *
	 * @param type error, info (a warning when subType is warning) or non-document-error
	 * @param subType fatal, warning, or empty
	 * @param line the line it was found on
	 * @param message what is wrong
	 * @param extract the markup around it
	 */
	record Message(String type, String subType, int line, String message, String extract) {

		boolean error() {
			return "error".equals(type) || "non-document-error".equals(type);
		}

		boolean warning() {
			return "info".equals(type) && "warning".equals(subType);
		}

		@Override
		public String toString() {
			return type + (subType.isEmpty() ? "" : "/" + subType) + " line " + line + ": " + message + " [" + extract
					+ "]";
		}

	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ClassLoader loader;

	private final Object validator;

	private final Method validate;

	HtmlChecker() {
		Path dir = Path.of(System.getProperty("quorum.nu-validator.dir", "target/nu-validator"));
		try (Stream<Path> jars = Files.list(dir)) {
			URL[] urls = jars.filter(p -> p.toString().endsWith(".jar")).map(HtmlChecker::url).toArray(URL[]::new);
			loader = new URLClassLoader("nu-validator", urls, ClassLoader.getPlatformClassLoader());
			Class<?> type = loader.loadClass("nu.validator.client.EmbeddedValidator");
			validator = type.getConstructor().newInstance();
			Class<?> format = loader.loadClass("nu.validator.client.EmbeddedValidator$OutputFormat");
			type.getMethod("setOutputFormat", format).invoke(validator, format.getField("JSON").get(null));
			// Never fetch a DTD or an entity from the network.
			type.getMethod("setLoadEntities", boolean.class).invoke(validator, false);
			validate = type.getMethod("validate", InputStream.class);
		}
		catch (IOException | ReflectiveOperationException ex) {
			throw new IllegalStateException("The Nu HTML checker is not in " + dir.toAbsolutePath()
					+ " (the build copies it there at generate-test-resources)", ex);
		}
	}

	/** Every message about the page: errors, warnings and information. */
	List<Message> check(String html) {
		String report;
		Thread thread = Thread.currentThread();
		ClassLoader previous = thread.getContextClassLoader();
		thread.setContextClassLoader(loader);
		try {
			report = (String) validate.invoke(validator,
					new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
		}
		catch (InvocationTargetException ex) {
			throw new IllegalStateException("The HTML checker could not run", ex.getCause());
		}
		catch (IllegalAccessException ex) {
			throw new IllegalStateException("The HTML checker could not run", ex);
		}
		finally {
			thread.setContextClassLoader(previous);
		}
		List<Message> messages = new ArrayList<>();
		for (JsonNode message : JSON.readTree(report).path("messages")) {
			messages.add(new Message(message.path("type").asString(""), message.path("subType").asString(""),
					message.path("lastLine").asInt(0), message.path("message").asString(""),
					message.path("extract").asString("")));
		}
		return messages;
	}

	private static URL url(Path jar) {
		try {
			return jar.toUri().toURL();
		}
		catch (MalformedURLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Errors and warnings: what a page must not have. */
	List<Message> problems(String html) {
		return check(html).stream().filter(m -> m.error() || m.warning()).toList();
	}

}
