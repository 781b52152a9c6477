package uk.opcc.quorum.bot.conversation;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What reading a plain request adds to a message without a language model: the time
 * {@link IntentRouter#route} takes (one embedding and the slot readers), which the
 * dispatcher spends before the command runs, over every request of the evaluation sets,
 * warm. Before the router the dispatcher only looked the first word up in a map, so this
 * is the whole of what routing adds. Prints the figures and rewrites the "Conversation:
 * routing" block of docs/benchmarks.md. Run with
 * {@code ./mvnw -B -pl bot -am verify -Pbenchmark -Dtest=RoutingBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
class RoutingBenchmark {

	static final Path DOC = Path.of("../docs/benchmarks.md");

	static final String START = "<!-- routing:start -->";

	static final String END = "<!-- routing:end -->";

	@Test
	void routingOneMessage() throws IOException {
		List<String> texts = IntentEvaluationTests.EvalSet.all()
			.utterances()
			.stream()
			.map(IntentEvaluationTests.Utterance::text)
			.toList();
		IntentRouter router = RealRouter.get();
		router.warmUp();
		for (int round = 0; round < 2; round++) {
			texts.forEach(router::route);
		}
		List<Double> times = new ArrayList<>();
		for (int round = 0; round < 3; round++) {
			for (String text : texts) {
				long start = System.nanoTime();
				router.route(text);
				times.add((System.nanoTime() - start) / 1e6);
			}
		}
		double p50 = IntentEvaluationTests.percentile(times, 0.50);
		double p95 = IntentEvaluationTests.percentile(times, 0.95);
		double p99 = IntentEvaluationTests.percentile(times, 0.99);
		double max = times.stream().mapToDouble(Double::doubleValue).max().orElse(0);
		String row = String.format(Locale.ROOT, "| %d | %.1f | %.1f | %.1f | %.1f |", times.size(), p50, p95, p99, max);
		String block = START + "\n\nCommand: `./mvnw -B -pl bot -am verify -Pbenchmark -Dtest=RoutingBenchmark "
				+ "-Dsurefire.failIfNoSpecifiedTests=false` on " + System.getProperty("os.arch") + ", "
				+ Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version")
				+ ", " + LocalDate.now() + ", load average at the end "
				+ String.format(Locale.ROOT, "%.1f",
						ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage())
				+ ".\n\n| messages routed | p50 ms | p95 ms | p99 ms | max ms |\n| --- | --- | --- | --- | --- |\n"
				+ row + "\n\nEvery request of the intent evaluation sets, three times each, after two untimed rounds, "
				+ "on one thread, without a language model. Target (issue #14): routing adds at most 10 ms p95.\n\n"
				+ END;
		System.out.println(block);
		String doc = Files.readString(DOC);
		int from = doc.indexOf(START);
		int to = doc.indexOf(END);
		String section = "## Conversation: routing a plain request\n\n" + block;
		String updated = from >= 0 && to > from ? doc.substring(0, from) + block + doc.substring(to + END.length())
				: doc.stripTrailing() + "\n\n" + section + "\n";
		Files.writeString(DOC, updated);
		assertThat(times).isNotEmpty();
	}

}
