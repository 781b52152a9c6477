package uk.opcc.quorum.bot.system;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What acknowledged-means-durable costs, for docs/durability.md:
 * {@code ./mvnw -B -pl bot -am verify -Pbenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false -Dtest=StoreWriteBenchmark}. The embedded
 * server on a fresh file, once with the plain H2 backend (auto-commit about once a
 * second) and once with {@link DurableH2Backend}; N client threads insert a notice-sized
 * document (about 1 KB) through the MongoDB driver, each as soon as its last was
 * acknowledged, for {@value #MEASURE_SECONDS} s after {@value #WARM_UP_SECONDS} s of
 * warm-up.
 */
@Tag("benchmark")
class StoreWriteBenchmark {

	private static final int WARM_UP_SECONDS = 3;

	private static final int MEASURE_SECONDS = 8;

	private static final String TEXT = "x".repeat(900);

	@TempDir
	Path temp;

	@Test
	void insertsPerSecond() throws Exception {
		System.out.printf("%s, %d cores, Java %s, %s%n", System.getProperty("os.arch"),
				Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), LocalDate.now());
		System.out.println("| backend | client threads | inserts acknowledged/s | p50 ms | p99 ms | file MiB |");
		System.out.println("| --- | --- | --- | --- | --- | --- |");
		for (int threads : Arrays.stream(System.getProperty("store.threads", "1,8").split(","))
			.mapToInt(Integer::parseInt)
			.toArray()) {
			row("auto-commit (H2Backend)", threads, H2Backend::new);
			row("durable (DurableH2Backend)", threads, DurableH2Backend::new);
		}
	}

	private void row(String name, int threads, Function<MVStore, MongoBackend> backendOf) throws Exception {
		Path file = Files.createTempFile(temp, "store", ".mv");
		Files.delete(file);
		MongoBackend backend = backendOf.apply(new MVStore.Builder().fileName(file.toString()).open());
		MongoServer server = new MongoServer(backend);
		server.bind(new InetSocketAddress("127.0.0.1", 0));
		InetSocketAddress address = server.getLocalAddress();
		ExecutorService clients = Executors.newFixedThreadPool(threads);
		try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
			MongoCollection<Document> notices = client.getDatabase("quorum").getCollection("notices");
			notices.insertOne(new Document("_id", "first"));
			long warmEnd = System.nanoTime() + TimeUnit.SECONDS.toNanos(WARM_UP_SECONDS);
			long end = warmEnd + TimeUnit.SECONDS.toNanos(MEASURE_SECONDS);
			List<Future<List<Long>>> results = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				results.add(clients.submit(() -> {
					List<Long> latencies = new ArrayList<>();
					long now = System.nanoTime();
					while (now < end) {
						long began = now;
						notices.insertOne(new Document("title", "Notice").append("summary", TEXT).append("at", began));
						now = System.nanoTime();
						if (began >= warmEnd) {
							latencies.add(now - began);
						}
					}
					return latencies;
				}));
			}
			List<Long> all = new ArrayList<>();
			for (Future<List<Long>> result : results) {
				all.addAll(result.get());
			}
			all.sort(null);
			System.out.printf("| %s | %d | %.0f | %.2f | %.2f | %.1f |%n", name, threads,
					all.size() / (double) MEASURE_SECONDS, percentile(all, 0.50), percentile(all, 0.99),
					Files.size(file) / 1048576.0);
		}
		finally {
			clients.shutdownNow();
			server.shutdownNow();
		}
	}

	private static double percentile(List<Long> sorted, double p) {
		return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, sorted.size() * p)) / 1e6;
	}

}
