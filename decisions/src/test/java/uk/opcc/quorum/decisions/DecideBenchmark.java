package uk.opcc.quorum.decisions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Decide's figures for docs/benchmarks.md: drafts created concurrently (each allocating a
 * number atomically) and the time to render a notice. Prints a Markdown table. Run with
 * {@code ./mvnw -B -pl decisions -am verify -Pbenchmark -Dtest=DecideBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * (the test filter keeps the profile from running the other modules' benchmarks).
 */
@Tag("benchmark")
@SpringBootTest(classes = DecisionsTestApplication.class)
class DecideBenchmark {

	@Autowired
	Decisions decisions;

	@Autowired
	NoticeDocuments documents;

	@Autowired
	Register register;

	@Test
	void printsNumberingAndRenderingFigures() throws Exception {
		StringBuilder table = new StringBuilder("\n| measurement | figure |\n| --- | --- |\n");
		ExecutorService pool = Executors.newFixedThreadPool(16);
		create(pool, 200); // warm-up
		int count = 1000;
		long started = System.nanoTime();
		List<DecisionNotice> created = create(pool, count);
		double seconds = (System.nanoTime() - started) / 1e9;
		pool.shutdown();
		Set<String> numbers = new HashSet<>();
		created.forEach(n -> numbers.add(n.number()));
		assertThat(numbers).hasSize(count);
		table.append("| drafts created with a number, 16 threads (per second) | ")
			.append(String.format(Locale.ROOT, "%.0f", count / seconds))
			.append(" |\n");
		table.append("| duplicate numbers among ")
			.append(count)
			.append(" | ")
			.append(count - numbers.size())
			.append(" |\n");
		String id = created.get(0).id();
		table.append("| render Markdown, median of 50 (ms) | ")
			.append(median(() -> documents.markdown(id)))
			.append(" |\n");
		table.append("| render DOCX, median of 50 (ms) | ").append(median(() -> documents.docx(id))).append(" |\n");
		table.append("| render PDF, median of 50 (ms) | ").append(median(() -> documents.pdf(id))).append(" |\n");
		table.append("| register index over ")
			.append(count + 200)
			.append(" notices, median of 50 (ms) | ")
			.append(median(() -> register.entries("victims")))
			.append(" |\n");
		System.out.println(table);
	}

	private List<DecisionNotice> create(ExecutorService pool, int count) throws Exception {
		List<Future<DecisionNotice>> futures = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			int n = i;
			futures.add(pool.submit(() -> decisions.create(Notices.complete("Benchmark notice " + n), Notices.AUTHOR)));
		}
		List<DecisionNotice> created = new ArrayList<>();
		for (Future<DecisionNotice> future : futures) {
			created.add(future.get());
		}
		return created;
	}

	private static String median(Runnable work) {
		for (int i = 0; i < 10; i++) {
			work.run();
		}
		double[] times = new double[50];
		for (int i = 0; i < times.length; i++) {
			long started = System.nanoTime();
			work.run();
			times[i] = (System.nanoTime() - started) / 1e6;
		}
		Arrays.sort(times);
		return String.format(Locale.ROOT, "%.1f", times[times.length / 2]);
	}

}
