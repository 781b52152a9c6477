package uk.opcc.quorum.knowledge.embed;

import java.io.BufferedReader;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import dev.langchain4j.model.embedding.EmbeddingModel;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

import uk.opcc.quorum.knowledge.Audience;
import uk.opcc.quorum.knowledge.KnowledgeProperties;
import uk.opcc.quorum.knowledge.answer.AnswerEngine;
import uk.opcc.quorum.knowledge.answer.TuneQuestions;
import uk.opcc.quorum.knowledge.ingest.Chunker;
import uk.opcc.quorum.knowledge.ingest.DocumentParser;
import uk.opcc.quorum.knowledge.ingest.ParsedDocument;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which in-process embedding model, shipped as a Maven jar, retrieves best for Ask: each
 * candidate embeds every passage of the governance corpus and ranks them by exact cosine
 * similarity for the answerable questions of the tuning half (never the test half).
 * Measures load time, single-thread throughput and memory too, each model in a fresh JVM
 * so that one model's native memory does not count against the next. Writes
 * docs/eval/embedding-models.md. Run with
 * {@code ./mvnw -B -pl knowledge-index verify -Peval -Dtest=EmbeddingModelComparison};
 * the models other than all-MiniLM-L6-v2 are on the test classpath only in the eval
 * profile, so they are loaded by class name.
 */
@Tag("eval")
class EmbeddingModelComparison {

	static final String COMMAND = "./mvnw -B -pl knowledge-index verify -Peval -Dtest=EmbeddingModelComparison";

	private static final String SET = "/eval/governance.yaml";

	private static final String ONNX = "dev.langchain4j.model.embedding.onnx.";

	private static final String BGE_QUERY = "Represent this sentence for searching relevant passages: ";

	/** Passages embedded, untimed, before throughput is measured. */
	private static final int WARM_UP = 10;

	/** Timed passes over all passages; the fastest counts (the machine is shared). */
	private static final int PASSES = 2;

	/** Passages retrieved per question, as Evaluator asks for. */
	private static final int K = 10;

	private static final Pattern VERSION = Pattern.compile("-(\\d+\\.\\d+\\.\\d+[^/]*)\\.jar$");

	/**
	 * @param queryPrefix put before each question, as the model was trained
	 * @param passagePrefix put before each passage
	 */
	record Candidate(String name, String className, String queryPrefix, String passagePrefix) {
	}

	static final List<Candidate> CANDIDATES = List.of(
			new Candidate("all-minilm-l6-v2", ONNX + "allminilml6v2.AllMiniLmL6V2EmbeddingModel", "", ""),
			new Candidate("all-minilm-l6-v2-q", ONNX + "allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel", "", ""),
			new Candidate("bge-small-en-v15", ONNX + "bgesmallenv15.BgeSmallEnV15EmbeddingModel", BGE_QUERY, ""),
			new Candidate("bge-small-en-v15-q", ONNX + "bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel", BGE_QUERY,
					""),
			new Candidate("e5-small-v2", ONNX + "e5smallv2.E5SmallV2EmbeddingModel", "query: ", "passage: "),
			new Candidate("e5-small-v2-q", ONNX + "e5smallv2q.E5SmallV2QuantizedEmbeddingModel", "query: ",
					"passage: "));

	/**
	 * @param ranks each question's rank (-1: not in the best {@value #K} passages), in
	 * the order of the set
	 */
	record Row(String model, String version, double jarMb, int dimensions, int passages, int questions,
			double loadSeconds, double passagesPerSecond, double cpuMillisPerPassage, double queryMillis, double heapMb,
			double rssLoadMb, double rssPeakMb, double recallAt1, double recallAt5, double mrr, List<Integer> ranks) {

		String toLine() {
			return String.join("\t", model, version, Double.toString(jarMb), Integer.toString(dimensions),
					Integer.toString(passages), Integer.toString(questions), Double.toString(loadSeconds),
					Double.toString(passagesPerSecond), Double.toString(cpuMillisPerPassage),
					Double.toString(queryMillis), Double.toString(heapMb), Double.toString(rssLoadMb),
					Double.toString(rssPeakMb), Double.toString(recallAt1), Double.toString(recallAt5),
					Double.toString(mrr), String.join(",", ranks.stream().map(String::valueOf).toList()));
		}

		static Row parse(String line) {
			String[] f = line.split("\t");
			double[] d = Arrays.stream(f, 6, 16).mapToDouble(Double::parseDouble).toArray();
			return new Row(f[0], f[1], Double.parseDouble(f[2]), Integer.parseInt(f[3]), Integer.parseInt(f[4]),
					Integer.parseInt(f[5]), d[0], d[1], d[2], d[3], d[4], d[5], d[6], d[7], d[8], d[9],
					Arrays.stream(f[16].split(",")).map(Integer::valueOf).toList());
		}

		/**
		 * @param baseline the model this one is compared with, question by question
		 */
		String format(Row baseline) {
			int won = 0;
			int lost = 0;
			for (int i = 0; i < ranks.size(); i++) {
				boolean first = ranks.get(i) == 1;
				boolean baselineFirst = baseline.ranks().get(i) == 1;
				won += first && !baselineFirst ? 1 : 0;
				lost += !first && baselineFirst ? 1 : 0;
			}
			return String.format(Locale.ROOT,
					"| %s | %s | %.0f | %d | %.3f | %.3f | %.3f | +%d / -%d | %.1f | %.0f | %.1f | %.1f | %.0f | %.0f | %.0f |",
					model, version, jarMb, dimensions, recallAt1, recallAt5, mrr, won, lost, passagesPerSecond,
					cpuMillisPerPassage, queryMillis, loadSeconds, heapMb, rssLoadMb, rssPeakMb);
		}

	}

	/** A passage as Quorum embeds it, with the corpus file it came from. */
	record Passage(String document, String text) {
	}

	@Test
	void comparesModelsOnTheTuningHalf() throws Exception {
		List<Row> rows = new ArrayList<>();
		List<String> missing = new ArrayList<>();
		for (Candidate candidate : CANDIDATES) {
			measureInFreshJvm(candidate, rows, missing);
		}
		String report = report(rows, missing);
		Path out = Path.of("../docs/eval/embedding-models.md");
		Files.createDirectories(out.getParent());
		Files.writeString(out, report);
		System.out.println(report);
		assertThat(rows).extracting(Row::model).contains("all-minilm-l6-v2");
		assertThat(rows).allSatisfy(row -> assertThat(row.recallAt5()).isPositive());
	}

	private static void measureInFreshJvm(Candidate candidate, List<Row> rows, List<String> missing)
			throws IOException, InterruptedException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
				EmbeddingModelComparison.class.getName(), candidate.name());
		builder.redirectError(ProcessBuilder.Redirect.INHERIT);
		Process process = builder.start();
		try (BufferedReader out = process.inputReader()) {
			String line;
			while ((line = out.readLine()) != null) {
				if (line.startsWith("ROW\t")) {
					rows.add(Row.parse(line.substring(4)));
				}
				else if (line.startsWith("MISSING\t")) {
					missing.add(line.substring(8));
				}
				System.out.println("[" + candidate.name() + "] " + line);
			}
		}
		if (!process.waitFor(10, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new IllegalStateException(candidate.name() + " did not finish in 10 minutes");
		}
		assertThat(process.exitValue()).as(candidate.name() + " exit code").isZero();
	}

	private static String report(List<Row> rows, List<String> missing) {
		StringBuilder table = new StringBuilder(
				"| model | jar version | jar MB | dims | recall@1 | recall@5 | MRR | @1 vs first row | passages/s "
						+ "| CPU ms/passage | query ms | load s | heap Δ MB | RSS Δ load MB | peak RSS MB |\n"
						+ "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
		rows.forEach(row -> table.append(row.format(rows.get(0))).append('\n'));
		missing.forEach(reason -> table.append("| ").append(reason).append(" | not measured |\n"));
		Row first = rows.get(0);
		return """
				<!-- Generated by EmbeddingModelComparison (%s). Do not edit: rerun. -->
				# Ask: in-process embedding models compared

				Set: `knowledge-index/src/test/resources/eval/governance.yaml`, **tuning half only**: its %d answerable
				questions. Every file of the corpus folder is parsed and chunked as Quorum does (%d passages), each
				passage embedded as `title. section. text`, so retrieval must find the right document among all of them.
				Vector retrieval alone (exact cosine similarity, no BM25, no fusion), the question acronym-expanded as Ask
				does, with the prefixes each model was trained with (bge: its query instruction; e5: `query: ` and
				`passage: `). A question's rank is its document's place among the distinct documents of the best %d
				passages, as in Evaluator. *@1 vs first row* counts the questions this model ranks first that the first
				row's model (Quorum's current one) does not, and the other way round.

				Each model runs in a fresh JVM: *load s* is its constructor (ONNX model read from the jar, session
				made); *passages/s* embeds every passage one at a time from one thread after %d warm-up passages,
				the faster of %d passes (ONNX Runtime's own threads as configured by default); *CPU ms/passage* is the
				CPU time of the whole JVM over the cheaper pass, per passage, which depends less on other work on the
				machine; *query ms* is the mean time to embed a question;
				*heap Δ* is heap used after GC after loading minus before; *RSS Δ load* is VmRSS after loading minus
				before; *peak RSS* is VmHWM at the end (the whole JVM, parsers included). The machine is shared with other
				work, so speeds are comparable with each other more than in absolute terms.

				Run on %s, %d cores (load average %s at the end), Java %s. Rerun: `%s`

				%s"""
			.formatted(COMMAND, first.questions(), first.passages(), K, WARM_UP, PASSES, LocalDate.now(),
					Runtime.getRuntime().availableProcessors(), loadAverage(), System.getProperty("java.version"),
					COMMAND, table);
	}

	/** Measures one candidate (argument: its name) and prints a ROW or MISSING line. */
	public static void main(String[] args) throws Exception {
		Candidate candidate = CANDIDATES.stream()
			.filter(c -> c.name().equals(args[0]))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException(args[0]));
		Class<?> type;
		try {
			// not initialised yet: these classes load their ONNX model in a static
			// initialiser
			type = Class.forName(candidate.className(), false, EmbeddingModelComparison.class.getClassLoader());
		}
		catch (ClassNotFoundException ex) {
			System.out.println("MISSING\t" + candidate.name() + " (" + candidate.className()
					+ " not on the test classpath; run with -Peval)");
			return;
		}
		String corpus = TuneQuestions.corpus(SET);
		List<Passage> passages = passages(Path.of(corpus));
		List<TuneQuestions.Question> questions = TuneQuestions.answerable(SET);
		AnswerEngine ask = new AnswerEngine(null, null, defaultProperties(), null);

		long heapBefore = heapUsedAfterGc();
		long rssBefore = status("VmRSS");
		long start = System.nanoTime();
		EmbeddingModel model = (EmbeddingModel) type.getConstructor(Executor.class)
			.newInstance((Executor) Runnable::run);
		double loadSeconds = (System.nanoTime() - start) / 1e9;
		long heapAfter = heapUsedAfterGc();
		long rssAfter = status("VmRSS");

		for (int i = 0; i < Math.min(WARM_UP, passages.size()); i++) {
			model.embed(candidate.passagePrefix() + passages.get(i).text());
		}
		float[][] vectors = new float[passages.size()][];
		long fastest = Long.MAX_VALUE;
		long leastCpu = Long.MAX_VALUE;
		for (int pass = 0; pass < PASSES; pass++) {
			long cpu = processCpuNanos();
			start = System.nanoTime();
			for (int i = 0; i < passages.size(); i++) {
				vectors[i] = unit(model.embed(candidate.passagePrefix() + passages.get(i).text()).content().vector());
			}
			fastest = Math.min(fastest, System.nanoTime() - start);
			leastCpu = Math.min(leastCpu, processCpuNanos() - cpu);
		}
		double passagesPerSecond = passages.size() / (fastest / 1e9);

		double hit1 = 0;
		double hit5 = 0;
		double rr = 0;
		long queryNanos = 0;
		List<Integer> ranks = new ArrayList<>();
		for (TuneQuestions.Question question : questions) {
			long t = System.nanoTime();
			float[] query = unit(model.embed(candidate.queryPrefix() + ask.expand(question.text())).content().vector());
			queryNanos += System.nanoTime() - t;
			List<String> top = top(query, vectors, passages);
			int rank = rankOf(question.document(), top);
			ranks.add(rank);
			hit1 += rank == 1 ? 1 : 0;
			hit5 += rank >= 1 && rank <= 5 ? 1 : 0;
			rr += rank >= 1 ? 1.0 / rank : 0;
			if (rank != 1) {
				System.out.println("rank " + (rank < 0 ? ">" + K + " passages" : rank) + ": " + question.text());
			}
		}
		int n = questions.size();
		Row row = new Row(candidate.name(), version(type), jarMb(type), vectors[0].length, passages.size(), n,
				loadSeconds, passagesPerSecond, leastCpu / 1e6 / passages.size(), queryNanos / 1e6 / n,
				(heapAfter - heapBefore) / 1048576.0, (rssAfter - rssBefore) / 1024.0, status("VmHWM") / 1024.0,
				hit1 / n, hit5 / n, rr / n, ranks);
		System.out.println("ROW\t" + row.toLine());
		System.out.flush();
		// ONNX Runtime's threads must not keep this JVM alive
		System.exit(0);
	}

	/**
	 * Every file the corpus watcher would index, parsed and chunked as the Indexer does.
	 */
	static List<Passage> passages(Path corpus) throws IOException {
		List<Path> files;
		try (Stream<Path> walk = Files.walk(corpus)) {
			files = walk.filter(Files::isRegularFile)
				.filter(file -> !file.getFileName().toString().startsWith("."))
				.sorted()
				.toList();
		}
		List<Passage> passages = new ArrayList<>();
		for (Path file : files) {
			String name = corpus.relativize(file).toString();
			ParsedDocument parsed = DocumentParser.parse(file.getFileName().toString(), Files.readAllBytes(file));
			for (Chunker.Passage passage : Chunker.split(parsed)) {
				// as Indexer.embeddingText
				passages.add(new Passage(name, parsed.title() + ". " + passage.section() + ". " + passage.text()));
			}
		}
		return passages;
	}

	/** The documents of the best {@value #K} passages, in order, with repeats. */
	private static List<String> top(float[] query, float[][] vectors, List<Passage> passages) {
		double[] scores = new double[vectors.length];
		for (int i = 0; i < vectors.length; i++) {
			double dot = 0;
			for (int j = 0; j < query.length; j++) {
				dot += query[j] * vectors[i][j];
			}
			scores[i] = dot;
		}
		return IntStream.range(0, vectors.length)
			.boxed()
			.sorted(Comparator.comparingDouble((Integer i) -> scores[i]).reversed())
			.limit(K)
			.map(i -> passages.get(i).document())
			.toList();
	}

	/** As Evaluator.rankOf: the place of the document among the distinct ones. */
	static int rankOf(String document, List<String> documents) {
		List<String> seen = new ArrayList<>();
		for (String hit : documents) {
			if (!seen.contains(hit)) {
				seen.add(hit);
			}
			if (hit.equals(document)) {
				return seen.size();
			}
		}
		return -1;
	}

	private static float[] unit(float[] vector) {
		double norm = 0;
		for (float v : vector) {
			norm += v * v;
		}
		double length = Math.sqrt(norm);
		float[] unit = Arrays.copyOf(vector, vector.length);
		for (int i = 0; i < unit.length; i++) {
			unit[i] /= (float) length;
		}
		return unit;
	}

	private static KnowledgeProperties defaultProperties() {
		return new KnowledgeProperties(null, null, Audience.PUBLIC, Audience.STAFF, Duration.ofSeconds(2),
				DataSize.ofMegabytes(25), null, 50, Duration.ofSeconds(8), 1000, "", DataSize.ofMegabytes(2), 5,
				Duration.ofSeconds(10));
	}

	private static String loadAverage() {
		try {
			return String.join(" ", Arrays.asList(Files.readString(Path.of("/proc/loadavg")).split(" ")).subList(0, 3));
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

	/** CPU time of all this JVM's threads, ONNX Runtime's included. */
	private static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

	private static long heapUsedAfterGc() throws InterruptedException {
		for (int i = 0; i < 3; i++) {
			System.gc();
			Thread.sleep(200);
		}
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	/** A figure in kB from /proc/self/status (VmRSS, VmHWM). */
	private static long status(String field) throws IOException {
		return Files.readAllLines(Path.of("/proc/self/status"))
			.stream()
			.filter(line -> line.startsWith(field + ":"))
			.map(line -> Long.parseLong(line.replaceAll("\\D", "")))
			.findFirst()
			.orElse(-1L);
	}

	private static String jarPath(Class<?> type) {
		return type.getProtectionDomain().getCodeSource().getLocation().getPath();
	}

	private static double jarMb(Class<?> type) {
		return Path.of(jarPath(type)).toFile().length() / 1048576.0;
	}

	private static String version(Class<?> type) {
		Matcher matcher = VERSION.matcher(jarPath(type));
		return matcher.find() ? matcher.group(1) : "?";
	}

}
