package uk.opcc.quorum.scheduler.board;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import uk.opcc.quorum.scheduler.Board;
import uk.opcc.quorum.scheduler.BoardForm;
import uk.opcc.quorum.scheduler.SchedulerProperties;
import uk.opcc.quorum.scheduler.SchedulingException;

/**
 * Loads {@code config/boards.yml} at start. Boards defined there are replaced by the
 * file's version at every start; boards created through the REST API are left alone. A
 * file with a mistake stops nothing but itself: no board of a broken file is stored, and
 * the message names the board and field.
 */
@Component
public class BoardsFile {

	private static final Logger log = LoggerFactory.getLogger(BoardsFile.class);

	private final SchedulerProperties properties;

	private final BoardStore store;

	public BoardsFile(SchedulerProperties properties, BoardStore store) {
		this.properties = properties;
		this.store = store;
	}

	@EventListener(ApplicationStartedEvent.class)
	public void load() {
		if (!Files.isRegularFile(properties.boardsFile())) {
			log.info("No boards file at {}; boards come from the REST API only.", properties.boardsFile());
			return;
		}
		List<Board> boards = read(properties.boardsFile());
		boards.forEach(store::save);
		log.info("Loaded {} boards from {}", boards.size(), properties.boardsFile());
	}

	/**
	 * Reads and checks every board of a file, each as {@link BoardForm} spells it; one
	 * mistake refuses the whole file.
	 */
	public static List<Board> read(Path path) {
		String file = path.toString();
		try {
			Object tree;
			try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
				tree = yaml().load(reader);
			}
			List<Board> boards = new ArrayList<>();
			List<?> entries = entries(tree);
			for (int i = 0; i < entries.size(); i++) {
				boards.add(BoardRules.check(BoardForm.read(entries.get(i), "boards[" + i + "].")));
			}
			return boards;
		}
		catch (IOException | YAMLException ex) {
			throw SchedulingException.invalid(file + " is not readable YAML: " + ex.getMessage());
		}
		catch (SchedulingException ex) {
			throw SchedulingException.invalid(file + ": " + ex.getMessage());
		}
	}

	/** The list under {@code boards:}; an empty file has none. */
	private static List<?> entries(Object tree) {
		if (tree == null) {
			return List.of();
		}
		if (!(tree instanceof Map<?, ?> top)) {
			throw SchedulingException.invalid("the file holds its boards as a list under boards:.");
		}
		for (Object key : top.keySet()) {
			if (!"boards".equals(key)) {
				throw SchedulingException
					.invalid(key + " is not known here; the file holds its boards as a list " + "under boards:.");
			}
		}
		Object boards = top.get("boards");
		if (boards == null) {
			return List.of();
		}
		if (!(boards instanceof List<?> list)) {
			throw SchedulingException
				.invalid("boards is not valid: write the boards as a list, each entry " + "starting with \"- code:\".");
		}
		return list;
	}

	/**
	 * YAML as Spring Boot reads configuration (no timestamps, no duplicate keys), into
	 * plain maps, lists and values.
	 */
	private static Yaml yaml() {
		LoaderOptions options = new LoaderOptions();
		options.setAllowDuplicateKeys(false);
		return new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()), new DumperOptions(),
				options, new NoTimestamps());
	}

	private static final class NoTimestamps extends Resolver {

		@Override
		public void addImplicitResolver(Tag tag, Pattern regexp, String first, int limit) {
			if (!Tag.TIMESTAMP.equals(tag)) {
				super.addImplicitResolver(tag, regexp, first, limit);
			}
		}

	}

}
