package uk.opcc.quorum.bot.system;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import uk.opcc.quorum.QuorumApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each misconfiguration stops the start with one explanation naming the property and what
 * to do, as Spring Boot prints it on the console, and no stack trace.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartupProblemsIntegrationTests {

	@TempDir
	Path temp;

	@Test
	void unreachableMongoUriNamesTheProperty(CapturedOutput output) throws IOException {
		int closedPort = freePort();
		failsToStart("--spring.mongodb.uri=mongodb://127.0.0.1:" + closedPort + "/quorum",
				"--quorum.store.connect-timeout=1s");
		assertThat(output.getOut()).contains("APPLICATION FAILED TO START")
			.contains("spring.mongodb.uri")
			.contains("127.0.0.1:" + closedPort);
		assertNoStackTrace(output);
	}

	@Test
	void unwritableDataDirectoryNamesTheProperty(CapturedOutput output) throws IOException {
		Path aFile = Files.writeString(temp.resolve("not-a-directory"), "x");
		failsToStart("--quorum.store.data-dir=" + aFile.resolve("data"));
		assertThat(output.getOut()).contains("APPLICATION FAILED TO START")
			.contains("cannot be created or written")
			.contains("quorum.store.data-dir");
		assertNoStackTrace(output);
	}

	@Test
	void takenPortNamesServerPort(CapturedOutput output) throws IOException {
		try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			failsToStart("--server.port=" + taken.getLocalPort(), "--server.address=127.0.0.1");
			assertThat(output.getOut()).contains("APPLICATION FAILED TO START")
				.contains("Port " + taken.getLocalPort() + " is already in use")
				.contains("server.port");
		}
		assertNoStackTrace(output);
	}

	@Test
	void malformedConfigFileIsNamed(CapturedOutput output) throws IOException {
		Path config = Files.createDirectories(temp.resolve("config"));
		Files.writeString(config.resolve("application.yml"), "quorum:\n  store:\n data-dir: [unclosed\n");
		failsToStart("--spring.config.additional-location=file:" + config + "/");
		assertThat(output.getOut()).contains("APPLICATION FAILED TO START")
			.contains("application.yml")
			.contains("could not be read");
		assertNoStackTrace(output);
	}

	@Test
	void missingNamedConfigFileIsNamed(CapturedOutput output) {
		Path missing = temp.resolve("config/quorum.yml");
		failsToStart("--spring.config.additional-location=file:" + missing);
		assertThat(output.getOut()).contains("APPLICATION FAILED TO START").contains(missing.toString());
		assertNoStackTrace(output);
	}

	@Test
	void secondQuorumOnTheSameDataDirectoryIsExplained(CapturedOutput output) {
		String dataDir = "--quorum.store.data-dir=" + temp.resolve("data");
		try (ConfigurableApplicationContext first = start(dataDir)) {
			failsToStart(dataDir);
		}
		assertThat(output.getOut()).contains("in use by another process").contains("quorum.store.data-dir");
	}

	private ConfigurableApplicationContext start(String... args) {
		return SpringApplication.run(QuorumApplication.class, withDefaults(args));
	}

	private void failsToStart(String... args) {
		assertThatThrownBy(() -> start(args).close()).isNotNull();
	}

	private String[] withDefaults(String... args) {
		List<String> all = new ArrayList<>(List.of(args));
		Map.of("--server.port=", "0", "--quorum.store.data-dir=", temp.resolve("default-data").toString())
			.forEach((option, value) -> {
				if (all.stream().noneMatch(arg -> arg.startsWith(option))) {
					all.add(option + value);
				}
			});
		return all.toArray(String[]::new);
	}

	private static void assertNoStackTrace(CapturedOutput output) {
		assertThat(output.getOut()).doesNotContainPattern("\\n\\s+at [a-z]+\\.[\\w.$]+\\(");
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
