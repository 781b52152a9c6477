package uk.opcc.quorum.bot.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import uk.opcc.quorum.QuorumApplication;

/**
 * A real Quorum in its own JVM on a fixed HTTP port, so that it can be killed with
 * SIGKILL and started again where its callers expect it. Its output goes to a log file of
 * its own, quoted when it fails to start.
 */
final class ChildQuorum {

	private final String name;

	private final int port;

	private final Path log;

	private final Process process;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private ChildQuorum(String name, int port, Path log, Process process) {
		this.name = name;
		this.port = port;
		this.log = log;
		this.process = process;
	}

	/**
	 * Starts without waiting; {@link #awaitUp} waits. Properties are given as
	 * {@code --name=value}.
	 */
	static ChildQuorum start(String name, Path workDir, int port, List<String> properties) throws IOException {
		Path log = workDir.resolve(name + ".log");
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
						"-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", classPath(),
						QuorumApplication.class.getName(), "--server.port=" + port, "--server.address=127.0.0.1"));
		command.addAll(properties);
		Process process = new ProcessBuilder(command).directory(workDir.toFile())
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
			.start();
		return new ChildQuorum(name, port, log, process);
	}

	void awaitUp(Duration within) throws IOException, InterruptedException {
		long deadline = System.nanoTime() + within.toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new AssertionError(name + " exited while starting; its log: " + tail());
			}
			try {
				HttpResponse<String> health = send(HttpRequest.newBuilder(uri("/actuator/health")).GET());
				if (health.statusCode() == 200 && health.body().contains("\"status\":\"UP\"")) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(100);
		}
		throw new AssertionError(name + " was not UP within " + within.toSeconds() + " s; its log: " + tail());
	}

	/** SIGKILL: no shutdown hook, no flush, no goodbye to the store's clients. */
	void kill() throws InterruptedException {
		process.destroyForcibly();
		if (!process.waitFor(20, TimeUnit.SECONDS)) {
			throw new AssertionError(name + " survived SIGKILL for 20 s");
		}
	}

	boolean alive() {
		return process.isAlive();
	}

	HttpResponse<String> send(HttpRequest.Builder request) throws IOException {
		try {
			return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException(ex);
		}
	}

	URI uri(String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

	String name() {
		return name;
	}

	static int freePort() throws IOException {
		try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	String tail() throws IOException {
		String text = Files.exists(log) ? Files.readString(log) : "";
		return text.substring(Math.max(0, text.length() - 4000));
	}

	/**
	 * Surefire may start tests from a manifest-only jar; the test class path is then in
	 * its own property.
	 */
	private static String classPath() {
		return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
	}

}
