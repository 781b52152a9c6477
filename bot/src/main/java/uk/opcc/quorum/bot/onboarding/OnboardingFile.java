package uk.opcc.quorum.bot.onboarding;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.representer.Representer;

/**
 * The one reader of config/onboarding.yml. Every field has one spelling and every value
 * one form; anything else (an unknown field, an audience other than public or staff, a
 * topic without questions) refuses the whole file with a sentence naming the file, the
 * topic and the field, so that an operator never meets a half-read programme.
 */
final class OnboardingFile {

	/** A topic's fields, in the order they are written. */
	static final List<String> FIELDS = List.of("id", "title", "audience", "order", "questions");

	private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private static final int LONGEST_QUESTION = 300;

	private OnboardingFile() {
	}

	/** Thrown with a sentence for the operator: the file, the topic, the field. */
	static final class Problem extends RuntimeException {

		Problem(String message) {
			super(message);
		}

	}

	/**
	 * The file's topics in programme order.
	 * @throws Problem naming the file and field of the first mistake
	 */
	static List<Topic> read(Path path) {
		String file = path.toString();
		Object tree;
		try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
			tree = yaml().load(reader);
		}
		catch (IOException | YAMLException ex) {
			throw new Problem(file + " is not readable YAML: " + oneLine(ex.getMessage()));
		}
		try {
			return topics(tree);
		}
		catch (Problem ex) {
			throw new Problem(file + ": " + ex.getMessage());
		}
	}

	private static List<Topic> topics(Object tree) {
		if (!(tree instanceof Map<?, ?> top)) {
			throw new Problem("the file holds its topics as a list under topics:.");
		}
		for (Object key : top.keySet()) {
			if (!"topics".equals(key)) {
				throw new Problem(key + " is not known here; the file holds its topics as a list under topics:.");
			}
		}
		if (!(top.get("topics") instanceof List<?> entries) || entries.isEmpty()) {
			throw new Problem("topics is empty or not a list: write the topics as a list, each entry starting "
					+ "with \"- id:\".");
		}
		List<Topic> topics = new ArrayList<>();
		Map<String, String> ids = new HashMap<>();
		Map<Integer, String> orders = new HashMap<>();
		for (int i = 0; i < entries.size(); i++) {
			String where = "topics[" + i + "].";
			Topic topic = topic(entries.get(i), where);
			String sameId = ids.putIfAbsent(topic.id(), where);
			if (sameId != null) {
				throw new Problem(where + "id = '" + topic.id() + "' is already the id of "
						+ sameId.substring(0, sameId.length() - 1) + ": give each topic an id of its own.");
			}
			String sameOrder = orders.putIfAbsent(topic.order(), where);
			if (sameOrder != null) {
				throw new Problem(where + "order = " + topic.order() + " is already the order of "
						+ sameOrder.substring(0, sameOrder.length() - 1) + ": give each topic a place of its own.");
			}
			topics.add(topic);
		}
		topics.sort(Comparator.comparingInt(Topic::order));
		return List.copyOf(topics);
	}

	private static Topic topic(Object tree, String where) {
		Map<String, Object> fields = fields(tree, where);
		String id = text(fields, "id", where);
		if (!ID.matcher(id).matches()) {
			throw refused(where, "id", id, "lower-case letters and digits joined by hyphens, like precept-and-panel");
		}
		return new Topic(id, text(fields, "title", where), audience(fields, where), order(fields, where),
				questions(fields, where));
	}

	private static Map<String, Object> fields(Object tree, String where) {
		String topic = where.substring(0, where.length() - 1);
		if (!(tree instanceof Map<?, ?> map)) {
			throw new Problem(topic + " is not valid: write a topic as an object with the fields " + and(FIELDS) + ".");
		}
		Map<String, Object> fields = new LinkedHashMap<>();
		for (Map.Entry<?, ?> entry : map.entrySet()) {
			String key = String.valueOf(entry.getKey());
			if (!FIELDS.contains(key)) {
				throw new Problem(where + key + " is not a field of a topic; the fields are " + and(FIELDS) + ".");
			}
			fields.put(key, entry.getValue());
		}
		for (String field : FIELDS) {
			if (fields.get(field) == null) {
				throw new Problem(where + field + " is missing: every topic has " + and(FIELDS) + ".");
			}
		}
		return fields;
	}

	private static String text(Map<String, Object> fields, String name, String where) {
		Object value = fields.get(name);
		if (!(value instanceof String text) || text.isBlank()) {
			throw refused(where, name, value, "text");
		}
		return text.strip();
	}

	private static Topic.Audience audience(Map<String, Object> fields, String where) {
		Object value = fields.get("audience");
		for (Topic.Audience audience : Topic.Audience.values()) {
			if (audience.name().toLowerCase(Locale.ROOT).equals(value)) {
				return audience;
			}
		}
		throw refused(where, "audience", value,
				"public (candidates and the office) or staff (the office only, the PCC among them)");
	}

	private static int order(Map<String, Object> fields, String where) {
		if (fields.get("order") instanceof Integer order) {
			return order;
		}
		throw refused(where, "order", fields.get("order"), "a whole number, like 3");
	}

	private static List<String> questions(Map<String, Object> fields, String where) {
		if (!(fields.get("questions") instanceof List<?> listed)) {
			throw refused(where, "questions", fields.get("questions"),
					"a list of questions, each starting with \"- \"");
		}
		if (listed.isEmpty()) {
			throw new Problem(where + "questions is empty: list at least one question the office's documents answer.");
		}
		List<String> questions = new ArrayList<>();
		for (int i = 0; i < listed.size(); i++) {
			Object question = listed.get(i);
			if (!(question instanceof String text) || text.isBlank()) {
				throw refused(where, "questions[" + i + "]", question, "a question as text");
			}
			if (text.strip().length() > LONGEST_QUESTION) {
				throw new Problem(where + "questions[" + i + "] is longer than " + LONGEST_QUESTION
						+ " characters: ask one short question at a time.");
			}
			questions.add(text.strip());
		}
		return questions;
	}

	private static Problem refused(String where, String name, Object value, String expected) {
		return new Problem(where + name + " = " + shown(value) + " is not valid: write " + expected + ".");
	}

	private static String shown(Object value) {
		if (value instanceof String text) {
			return "'" + (text.length() > 60 ? text.substring(0, 60) + "..." : text) + "'";
		}
		if (value instanceof Map<?, ?>) {
			return "an object";
		}
		if (value instanceof List<?>) {
			return "a list";
		}
		return String.valueOf(value);
	}

	private static String and(List<String> words) {
		return words.subList(0, words.size() - 1).stream().collect(Collectors.joining(", ")) + " and "
				+ words.get(words.size() - 1);
	}

	private static String oneLine(String message) {
		return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " ").replace(" in 'reader',", "");
	}

	/**
	 * Plain maps, lists and values; a key written twice is a mistake, not an override.
	 */
	private static Yaml yaml() {
		LoaderOptions options = new LoaderOptions();
		options.setAllowDuplicateKeys(false);
		return new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()), new DumperOptions(),
				options);
	}

}
