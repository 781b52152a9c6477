package uk.opcc.quorum.bot.teams;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.net.HttpURLConnection;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import uk.opcc.quorum.QuorumApplication;

/**
 * Acknowledgement figures for docs/benchmarks.md:
 * {@code ./mvnw -B -pl bot -am verify -Pbenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false -Dtest=AcknowledgeBenchmark}. N conversations
 * post {@code help} in a loop on loopback; each request returns once Quorum has checked
 * and de-duplicated it; the card itself is sent afterwards to a connector stub (a minimal
 * local HTTP server answering 200). The first row runs on a cold JVM (nothing of Quorum
 * compiled yet), as a Quorum just restarted would; the rows after it run warmed by those
 * before.
 */
@Tag("benchmark")
class AcknowledgeBenchmark {

	private static final int WARM_UP_SECONDS = 10;

	private static final int MEASURE_SECONDS = 15;

	/**
	 * conversations:offered per second (0 for a flood)[:seconds measured]; the first row
	 * is the cold one.
	 */
	private static final String ROWS = "50:300,1:0,10:0,50:0:60,50:300";

	private static final AtomicInteger REPLIES = new AtomicInteger();

	@Test
	void printsFigures() throws Exception {
		// Without TCP_NODELAY the stub's two writes (headers, body) meet the client's
		// delayed ACK and every call
		// takes 40 ms: the figures would measure the stub, not Quorum.
		System.setProperty("sun.net.httpserver.nodelay", "true");
		System.setProperty("http.maxConnections", "128");
		HttpServer connector = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 200);
		connector.createContext("/", exchange -> {
			String sent = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			if (sent.contains("AdaptiveCard")) {
				REPLIES.incrementAndGet();
			}
			byte[] body = "{\"id\":\"1\"}".getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
		connector.setExecutor(Executors.newFixedThreadPool(16));
		connector.start();
		String serviceUrl = "http://127.0.0.1:" + connector.getAddress().getPort() + "/";
		StringBuilder out = new StringBuilder(String
			.format(Locale.ROOT, "Command: `./mvnw -B -pl bot -am verify -Pbenchmark -Dtest=AcknowledgeBenchmark "
					+ "-Dsurefire.failIfNoSpecifiedTests=false%s` on %s, %d cores, Java %s, %s; load average before: %s. "
					+ "Each row starts a fresh Quorum (embedded store in memory) and measures %d s (unless the row says "
					+ "otherwise) after %d s of warm-up.%n%n"
					+ "| concurrent conversations | load | activities acknowledged/s | p50 ms | p99 ms "
					+ "| help cards delivered/s | replies queued at start / end of the measured time "
					+ "| CPU ms per activity | garbage collections in the measured time | RSS (MB) "
					+ "| load average at the end |%n"
					+ "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |%n", options(),
					System.getProperty("os.arch"), Runtime.getRuntime().availableProcessors(),
					System.getProperty("java.version"), LocalDate.now(), loadAverage(), MEASURE_SECONDS,
					WARM_UP_SECONDS));
		try {
			// Each conversation posts as fast as it is answered (flood), or the
			// conversations together offer a steady
			// rate (paced): the first finds the ceiling, the second the latency at the
			// target's load.
			// -Dack.rows=50:0:60 runs one row (conversations:offered per second, 0 for a
			// flood[:seconds measured]), for profiling; the first row is on a cold JVM.
			boolean cold = true;
			for (String spec : System.getProperty("ack.rows", ROWS).split(",")) {
				String[] parts = spec.strip().split(":");
				int[] row = { Integer.parseInt(parts[0]), Integer.parseInt(parts[1]),
						parts.length > 2 ? Integer.parseInt(parts[2]) : MEASURE_SECONDS };
				Path data = Files.createTempDirectory("quorum-ack");
				// a fresh application per row, so that one row's queued replies do not
				// slow the next
				try (ConfigurableApplicationContext app = SpringApplication.run(QuorumApplication.class,
						"--server.port=0", "--quorum.store.in-memory=true", "--quorum.store.data-dir=" + data,
						"--quorum.knowledge.corpus-dir=" + data.resolve("corpus"), "--logging.level.root=warn")) {
					int port = ((WebServerApplicationContext) app).getWebServer().getPort();
					out.append(row(app, port, serviceUrl, row[0], row[1], row[2], cold)).append('\n');
					cold = false;
					System.out.println(out);
				}
			}
			Files.writeString(Path.of("target/ack-benchmark.md"), out);
		}
		finally {
			connector.stop(0);
		}
	}

	private static String row(ConfigurableApplicationContext app, int port, String serviceUrl, int concurrency,
			int perSecond, int measureSeconds, boolean cold) throws Exception {
		URI uri = URI.create("http://127.0.0.1:" + port + "/api/messages");
		List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
		AtomicInteger failures = new AtomicInteger();
		long warmUpEnds = System.nanoTime() + WARM_UP_SECONDS * 1_000_000_000L;
		long ends = warmUpEnds + measureSeconds * 1_000_000_000L;
		ThreadPoolTaskExecutor work = app.getBean("botWork", ThreadPoolTaskExecutor.class);
		// The queue, the cards delivered and the CPU used, read as the measured time
		// starts and as it ends
		Window window = new Window(work, warmUpEnds, ends);
		window.start();
		if (perSecond == 0) {
			flood(uri, serviceUrl, concurrency, ends, warmUpEnds, latencies, failures);
		}
		else {
			paced(uri, serviceUrl, concurrency, perSecond, ends, warmUpEnds, latencies, failures);
		}
		window.join();
		double delivered = (window.repliesAtEnd - window.repliesAtStart) / (double) measureSeconds;
		// The replies still queued are dropped, or they would go on being sent during the
		// next row and slow it.
		work.getThreadPoolExecutor().shutdownNow();
		work.getThreadPoolExecutor().awaitTermination(60, TimeUnit.SECONDS);
		long rss = rssMb();
		long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
		double cpuMs = (window.cpuAtEnd - window.cpuAtStart) / 1e6 / Math.max(1, sorted.length);
		String load = (perSecond == 0 ? "flood" : perSecond + "/s offered")
				+ (measureSeconds == MEASURE_SECONDS ? "" : ", " + measureSeconds + " s") + (cold ? ", cold JVM" : "");
		return String.format(Locale.ROOT,
				"| %d | %s | %.0f | %.1f | %.1f | %.0f | %d / %d | %.2f | %d in %d ms | %d | %s |%s", concurrency, load,
				sorted.length / (double) measureSeconds, sorted[sorted.length / 2] / 1e6,
				sorted[(int) (sorted.length * 0.99)] / 1e6, delivered, window.queuedAtStart, window.queuedAtEnd, cpuMs,
				window.gcAtEnd[0] - window.gcAtStart[0], window.gcAtEnd[1] - window.gcAtStart[1], rss, loadAverage(),
				failures.get() == 0 ? "" : " (" + failures.get() + " failed)");
	}

	/**
	 * Reads the work pool's queue, the cards the stub has received and the JVM's CPU time
	 * when the measured time starts and when it ends.
	 */
	private static final class Window extends Thread {

		private final ThreadPoolTaskExecutor work;

		private final long starts;

		private final long ends;

		int queuedAtStart;

		int queuedAtEnd;

		int repliesAtStart;

		int repliesAtEnd;

		long cpuAtStart;

		long cpuAtEnd;

		long[] gcAtStart;

		long[] gcAtEnd;

		Window(ThreadPoolTaskExecutor work, long starts, long ends) {
			super("ack-window");
			this.work = work;
			this.starts = starts;
			this.ends = ends;
		}

		@Override
		public void run() {
			sleepUntil(this.starts);
			this.queuedAtStart = this.work.getQueueSize();
			this.repliesAtStart = REPLIES.get();
			this.cpuAtStart = cpuNanos();
			this.gcAtStart = gc();
			sleepUntil(this.ends);
			this.queuedAtEnd = this.work.getQueueSize();
			this.repliesAtEnd = REPLIES.get();
			this.cpuAtEnd = cpuNanos();
			this.gcAtEnd = gc();
		}

		/** Collections so far and the milliseconds they took, over every collector. */
		private static long[] gc() {
			long[] total = new long[2];
			for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
				total[0] += Math.max(0, collector.getCollectionCount());
				total[1] += Math.max(0, collector.getCollectionTime());
			}
			return total;
		}

		private static void sleepUntil(long nanoTime) {
			long left;
			while ((left = nanoTime - System.nanoTime()) > 0) {
				LockSupport.parkNanos(left);
			}
		}

		private static long cpuNanos() {
			return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
				.getProcessCpuTime();
		}

	}

	/** Each conversation sends its next activity as soon as the last is acknowledged. */
	private static void flood(URI uri, String serviceUrl, int concurrency, long ends, long warmUpEnds,
			List<Long> latencies, AtomicInteger failures) throws Exception {
		ExecutorService users = Executors.newFixedThreadPool(concurrency);
		List<Future<?>> running = new ArrayList<>();
		for (int i = 0; i < concurrency; i++) {
			String conversation = "bench-" + UUID.randomUUID();
			running.add(users.submit(() -> {
				while (System.nanoTime() < ends) {
					send(uri, activity(serviceUrl, conversation), System.nanoTime(), warmUpEnds, latencies, failures);
				}
				return null;
			}));
		}
		for (Future<?> future : running) {
			future.get();
		}
		users.shutdown();
	}

	/**
	 * The conversations together send {@code perSecond} activities a second, each on its
	 * own schedule, whether or not earlier ones have been answered; latency counts from
	 * when the activity was due to be sent, so a stall shows in the figures instead of
	 * silently slowing the load. Sixty-four sender threads fire the sends.
	 */
	private static void paced(URI uri, String serviceUrl, int concurrency, int perSecond, long ends, long warmUpEnds,
			List<Long> latencies, AtomicInteger failures) throws Exception {
		long period = 1_000_000_000L * concurrency / perSecond;
		ScheduledThreadPoolExecutor senders = new ScheduledThreadPoolExecutor(64);
		for (int i = 0; i < concurrency; i++) {
			String conversation = "bench-" + UUID.randomUUID();
			long origin = System.nanoTime() + period * i / concurrency;
			// One scheduled send per due time: a late one is late in the figures, it does
			// not push the next back.
			for (long n = 0, due = origin; due < ends; n++, due = origin + n * period) {
				long at = due;
				senders.schedule(
						() -> send(uri, activity(serviceUrl, conversation), at, warmUpEnds, latencies, failures),
						at - System.nanoTime(), TimeUnit.NANOSECONDS);
			}
		}
		senders.shutdown();
		senders.awaitTermination(ends - System.nanoTime() + 60_000_000_000L, TimeUnit.NANOSECONDS);
	}

	/**
	 * A blocking POST on a kept-alive connection. The JDK's HttpClient was the first
	 * choice, but on two cores it starts a thread for every response it completes, and
	 * the figures measured that.
	 */
	private static void send(URI uri, String body, long start, long warmUpEnds, List<Long> latencies,
			AtomicInteger failures) {
		try {
			HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
			connection.setRequestMethod("POST");
			connection.setDoOutput(true);
			connection.setRequestProperty("Content-Type", "application/json");
			try (OutputStream out = connection.getOutputStream()) {
				out.write(body.getBytes(StandardCharsets.UTF_8));
			}
			int status = connection.getResponseCode();
			try (InputStream in = status >= 400 ? connection.getErrorStream() : connection.getInputStream()) {
				if (in != null) {
					in.readAllBytes();
				}
			}
			record(status, start, warmUpEnds, latencies, failures);
		}
		catch (IOException ex) {
			failures.incrementAndGet();
		}
	}

	private static void record(int status, long start, long warmUpEnds, List<Long> latencies, AtomicInteger failures) {
		long took = System.nanoTime() - start;
		if (status != 200) {
			failures.incrementAndGet();
		}
		else if (start > warmUpEnds) {
			latencies.add(took);
		}
	}

	private static String activity(String serviceUrl, String conversation) {
		return """
				{"type":"message","id":"%s","channelId":"msteams","serviceUrl":"%s","text":"help",
				 "from":{"id":"29:%s","aadObjectId":"user-%s"},"recipient":{"id":"quorum"},
				 "conversation":{"id":"%s","conversationType":"personal","tenantId":"t"}}"""
			.formatted(UUID.randomUUID(), serviceUrl, conversation, conversation, conversation);
	}

	/** The rows and JVM options given on the command line, as they were given. */
	private static String options() {
		StringBuilder given = new StringBuilder();
		if (System.getProperty("ack.rows") != null) {
			given.append(" -Dack.rows=").append(System.getProperty("ack.rows"));
		}
		List<String> jvm = ManagementFactory.getRuntimeMXBean()
			.getInputArguments()
			.stream()
			.filter(option -> option.startsWith("-X"))
			.toList();
		if (!jvm.isEmpty()) {
			given.append(" -DargLine=\"").append(String.join(" ", jvm)).append('"');
		}
		return given.toString();
	}

	private static String loadAverage() throws IOException {
		String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
		return String.join(" ", fields[0], fields[1], fields[2]);
	}

	private static long rssMb() throws IOException {
		return Files.readAllLines(Path.of("/proc/self/status"))
			.stream()
			.filter(line -> line.startsWith("VmRSS"))
			.map(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024)
			.findFirst()
			.orElse(-1L);
	}

}
