package uk.opcc.quorum.bot.conversation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The labelled example sentences the router compares a message with, and the extra names
 * of boards, from {@code conversation/examples.yml} on the class path.
 *
 * @param sentences example sentences by intent
 * @param boardAliases extra names by board code (upper case)
 * @param cues the words without which a message is not an intent (see {@link Cues})
 * @param exclusions the words with which a message is not an intent
 */
record Examples(Map<Intent, List<String>> sentences, Map<String, List<String>> boardAliases,
		Map<Intent, List<String>> cues, Map<Intent, List<String>> exclusions) {

	static final String RESOURCE = "/conversation/examples.yml";

	Examples {
		Map<Intent, List<String>> copy = new EnumMap<>(Intent.class);
		sentences.forEach((intent, list) -> copy.put(intent, List.copyOf(list)));
		sentences = copy;
		boardAliases = Map.copyOf(boardAliases);
		Map<Intent, List<String>> cueCopy = new EnumMap<>(Intent.class);
		cues.forEach((intent, list) -> cueCopy.put(intent, List.copyOf(list)));
		cues = cueCopy;
		Map<Intent, List<String>> exclusionCopy = new EnumMap<>(Intent.class);
		exclusions.forEach((intent, list) -> exclusionCopy.put(intent, List.copyOf(list)));
		exclusions = exclusionCopy;
	}

	/** Every sentence with its intent, in the file's order. */
	List<Map.Entry<Intent, String>> all() {
		List<Map.Entry<Intent, String>> all = new ArrayList<>();
		sentences.forEach((intent, list) -> list.forEach(s -> all.add(Map.entry(intent, s))));
		return all;
	}

	static Examples load() {
		try (InputStream in = Examples.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " is missing from the class path");
			}
			return parse(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@SuppressWarnings("unchecked")
	static Examples parse(InputStream in) {
		Map<String, Object> yaml = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
		Map<Intent, List<String>> sentences = new EnumMap<>(Intent.class);
		((Map<String, List<Object>>) yaml.getOrDefault("intents", Map.of())).forEach((name, list) -> {
			Intent intent = Intent.valueOf(name.toUpperCase(Locale.ROOT));
			sentences.put(intent, list.stream().map(String::valueOf).toList());
		});
		Map<String, List<String>> aliases = new LinkedHashMap<>();
		((Map<String, List<Object>>) yaml.getOrDefault("board-aliases", Map.of())).forEach((code, list) -> aliases
			.put(code.toUpperCase(Locale.ROOT), list.stream().map(String::valueOf).toList()));
		return new Examples(sentences, aliases, byIntent(yaml, "cues"), byIntent(yaml, "exclusions"));
	}

	@SuppressWarnings("unchecked")
	private static Map<Intent, List<String>> byIntent(Map<String, Object> yaml, String key) {
		Map<Intent, List<String>> lists = new EnumMap<>(Intent.class);
		((Map<String, List<Object>>) yaml.getOrDefault(key, Map.of())).forEach((name, list) -> lists
			.put(Intent.valueOf(name.toUpperCase(Locale.ROOT)), list.stream().map(String::valueOf).toList()));
		return lists;
	}

}
