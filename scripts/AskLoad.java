import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Load for scripts/bench-memory: concurrent clients, each its own trial-mode user
 * (X-Quorum-User), POST questions about the sample corpus to /api/knowledge/ask as fast
 * as answers come back, for a fixed time. Prints one line: "requests errors p50_ms
 * p99_ms".
 *
 * <p>
 * Run as a source file (no build): {@code java scripts/AskLoad.java <base-url> <clients>
 * <seconds>}.
 */
public class AskLoad {

	private static final String[] QUESTIONS = { "Who signs a decision notice?",
			"When must a decision notice be published?", "What does the Police and Crime Panel do?",
			"How is the precept set?", "What is the Strategic Governance Board?",
			"Who is the Chief Finance Officer accountable to?", "What happens in a new commissioner's first year?",
			"What does the policing protocol say about operational independence?",
			"How are board papers circulated before a meeting?", "Can the panel veto the precept?",
			"Who appoints the chief constable?", "What is the Police Accountability Forum?",
			"How are commissioning decisions recorded?", "What must the police and crime plan contain?",
			"Who is the monitoring officer?", "How much is the budget for victims' services?" };

	public static void main(String[] args) throws Exception {
		String base = args.length > 0 ? args[0] : "http://127.0.0.1:3978";
		int clients = args.length > 1 ? Integer.parseInt(args[1]) : 50;
		int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
		URI ask = URI.create(base + "/api/knowledge/ask");
		long end = System.nanoTime() + seconds * 1_000_000_000L;
		List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
		AtomicInteger errors = new AtomicInteger();
		CountDownLatch done = new CountDownLatch(clients);
		for (int c = 0; c < clients; c++) {
			int client = c;
			Thread thread = new Thread(() -> {
				int n = client;
				try {
					while (System.nanoTime() < end) {
						String question = QUESTIONS[n++ % QUESTIONS.length];
						long start = System.nanoTime();
						if (post(ask, "load-" + client, question)) {
							latencies.add(System.nanoTime() - start);
						}
						else {
							errors.incrementAndGet();
						}
					}
				}
				finally {
					done.countDown();
				}
			}, "ask-load-" + c);
			thread.start();
		}
		done.await();
		List<Long> sorted = new ArrayList<>(latencies);
		Collections.sort(sorted);
		System.out.printf("%d %d %.0f %.0f%n", sorted.size(), errors.get(), percentile(sorted, 0.50),
				percentile(sorted, 0.99));
	}

	private static boolean post(URI uri, String user, String question) {
		try {
			HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
			connection.setRequestMethod("POST");
			connection.setDoOutput(true);
			connection.setConnectTimeout(10_000);
			connection.setReadTimeout(60_000);
			connection.setRequestProperty("Content-Type", "application/json");
			connection.setRequestProperty("X-Quorum-User", user);
			byte[] body = ("{\"question\":\"" + question.replace("\"", "\\\"") + "\"}")
				.getBytes(StandardCharsets.UTF_8);
			try (OutputStream out = connection.getOutputStream()) {
				out.write(body);
			}
			int status = connection.getResponseCode();
			InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream();
			if (in != null) {
				try (in) {
					in.transferTo(new ByteArrayOutputStream());
				}
			}
			return status == 200;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static double percentile(List<Long> sorted, double p) {
		if (sorted.isEmpty()) {
			return 0;
		}
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1)) / 1e6;
	}

}
