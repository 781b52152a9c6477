package uk.opcc.quorum.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Fresh directories for a test context; Spring needs them before JUnit's @TempDir exists.
 */
public final class TestDirs {

	private TestDirs() {
	}

	public static Path create(String prefix) {
		try {
			Path dir = Files.createTempDirectory("quorum-" + prefix);
			dir.toFile().deleteOnExit();
			return dir;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
