package uk.opcc.quorum.scheduler.board;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.FileSystemResource;
import org.springframework.stereotype.Component;

import uk.opcc.quorum.scheduler.Board;
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

	/** Reads and checks every board of a file; one mistake refuses the whole file. */
	public static List<Board> read(Path path) {
		String file = path.toString();
		try {
			var sources = new YamlPropertySourceLoader().load(file, new FileSystemResource(path));
			List<Board> boards = new Binder(ConfigurationPropertySources.from(sources))
				.bind("boards", Bindable.listOf(Board.class))
				.orElse(List.of());
			return boards.stream().map(BoardRules::check).toList();
		}
		catch (IOException | IllegalStateException | org.yaml.snakeyaml.error.YAMLException ex) {
			throw SchedulingException.invalid(file + " is not readable YAML: " + ex.getMessage());
		}
		catch (BindException ex) {
			Throwable cause = org.springframework.core.NestedExceptionUtils.getMostSpecificCause(ex);
			String where = ex.getProperty() == null ? ex.getName().toString()
					: ex.getProperty().getName() + " = '" + ex.getProperty().getValue() + "'";
			throw SchedulingException.invalid(file + ": " + where + " is not valid (" + cause.getMessage() + ").");
		}
		catch (SchedulingException ex) {
			throw SchedulingException.invalid(file + ": " + ex.getMessage());
		}
	}

}
