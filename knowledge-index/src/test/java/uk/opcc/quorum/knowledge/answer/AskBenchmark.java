package uk.opcc.quorum.knowledge.answer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.ai.document.Document;
import org.springframework.ai.embedding.EmbeddingModel;
import org.springframework.ai.embedding.EmbeddingRequest;
import org.springframework.ai.embedding.EmbeddingResponse;
import org.springframework.ai.vectorstore.SearchRequest;
import org.springframework.ai.vectorstore.SimpleVectorStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import uk.opcc.quorum.knowledge.Audience;
import uk.opcc.quorum.knowledge.KnowledgeProperties;
import uk.opcc.quorum.knowledge.KnowledgeService;
import uk.opcc.quorum.knowledge.KnowledgeTestApplication;
import uk.opcc.quorum.knowledge.TestDirs;
import uk.opcc.quorum.knowledge.embed.CachedEmbeddings;
import uk.opcc.quorum.knowledge.embed.LocalEmbeddingModel;
import uk.opcc.quorum.knowledge.index.IndexedPassage;
import uk.opcc.quorum.knowledge.index.PassageIndex;
import uk.opcc.quorum.knowledge.index.Retriever;

/**
 * Indexing and search figures for docs/benchmarks.md:
 * {@code ./mvnw -B -pl knowledge-index verify -Pbenchmark}. Passages are synthetic,
 * recombined from the sample corpus's sentences. At 1k and 10k passages every passage
 * goes through the real ingestion path (parse, embed with the shipped model, store,
 * index). At 100k, embedding would take half an hour on two cores, so vectors are derived
 * from the real ones by small random perturbation and written straight into the index:
 * the search figures there are real, the ingestion rate is not measured.
 */
@Tag("benchmark")
@SpringBootTest(classes = KnowledgeTestApplication.class)
class AskBenchmark {

	private static final int QUERIES = 200;

	@DynamicPropertySource
	static void paths(DynamicPropertyRegistry registry) {
		registry.add("quorum.knowledge.index-dir", () -> TestDirs.create("bench-index").toString());
		registry.add("quorum.knowledge.corpus-dir", () -> TestDirs.create("bench-corpus").toString());
		registry.add("quorum.knowledge.max-file-size", () -> "100MB");
	}

	@Autowired
	KnowledgeService knowledge;

	@Autowired
	PassageIndex index;

	@Autowired
	AnswerEngine engine;

	@Autowired
	CachedEmbeddings embeddings;

	@Autowired
	LocalEmbeddingModel model;

	@Autowired
	KnowledgeProperties properties;

	@Test
	void printsFigures() throws IOException {
		List<String> sentences = corpusSentences();
		List<String> questions = EvaluationSet.load("/eval/sample-corpus.yaml")
			.questions()
			.stream()
			.map(EvaluationSet.Question::text)
			.toList();
		Random random = new Random(42);
		StringBuilder out = new StringBuilder();
		out.append(String.format(Locale.ROOT,
				"Command: `./mvnw -B -pl knowledge-index verify -Pbenchmark` on %s, %d cores, "
						+ "Java %s, %s. %d queries per figure (the evaluation questions, repeated).%n%n",
				System.getProperty("os.arch"), Runtime.getRuntime().availableProcessors(),
				System.getProperty("java.version"), LocalDate.now(), QUERIES));
		out.append("| passages | ingestion (passages/s) | index size (MB) | BM25 p50/p95 ms | vectors p50/p95 ms | "
				+ "hybrid p50/p95 ms | whole answer p50/p95 ms | SimpleVectorStore p50/p95 ms | vector speed-up | RSS (MB) |\n"
				+ "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
		int indexed = 0;
		for (int target : new int[] { 1_000, 10_000 }) {
			long start = System.nanoTime();
			int added = ingestSynthetic(target - indexed, sentences, random);
			double rate = added / ((System.nanoTime() - start) / 1e9);
			indexed = index.size();
			out.append(row(indexed, String.format(Locale.ROOT, "%.0f", rate), questions, true)).append('\n');
			System.out.println(out);
		}
		deriveTo(100_000, random);
		out.append(row(index.size(), "not measured (derived vectors)", questions, false)).append('\n');
		System.out.println(out);
		Files.writeString(Path.of("target/ask-benchmark.md"), out);
	}

	private String row(int passages, String rate, List<String> questions, boolean baseline) throws IOException {
		index.optimize();
		Set<Audience> all = Set.of(Audience.PUBLIC, Audience.STAFF);
		Retriever retriever = new Retriever(index, properties.candidates());
		Map<String, float[]> queryVectors = new HashMap<>();
		questions.forEach(q -> queryVectors.put(q, embeddings.query(q)));
		double[] bm25 = time(questions, q -> index.searchText(q, all, 10));
		double[] vector = time(questions, q -> index.searchVector(queryVectors.get(q), all, 10));
		double[] hybrid = time(questions,
				q -> retriever.retrieve(q, queryVectors.get(q), all, Retriever.Mode.HYBRID, 10));
		double[] answer = time(questions, q -> engine.answer(q, all, Retriever.Mode.HYBRID));
		String simple = "not run";
		String ratio = "";
		if (baseline) {
			SimpleVectorStore store = simpleStore(queryVectors);
			double[] brute = time(questions,
					q -> store.similaritySearch(SearchRequest.builder().query(q).topK(10).build()));
			simple = ms(brute);
			ratio = String.format(Locale.ROOT, "%.0fx", brute[1] / Math.max(vector[1], 1e-3));
		}
		return String.format(Locale.ROOT, "| %,d | %s | %.1f | %s | %s | %s | %s | %s | %s | %d |", passages, rate,
				sizeMb(index.directory()), ms(bm25), ms(vector), ms(hybrid), ms(answer), simple, ratio, rssMb());
	}

	/**
	 * Times each query after 20 warm-up queries. Searches take the question's vector
	 * ready-made (embedding it costs 3 to 5 ms); the whole answer includes embedding.
	 */
	private static double[] time(List<String> questions, Consumer<String> work) {
		long[] nanos = new long[QUERIES];
		for (int i = 0; i < QUERIES + 20; i++) {
			String q = questions.get(i % questions.size());
			long start = System.nanoTime();
			work.accept(q);
			if (i >= 20) {
				nanos[i - 20] = System.nanoTime() - start;
			}
		}
		Arrays.sort(nanos);
		return new double[] { nanos[QUERIES / 2] / 1e6, nanos[(int) (QUERIES * 0.95)] / 1e6 };
	}

	/**
	 * Spring AI's brute-force store over the same passages and vectors (looked up, not
	 * recomputed).
	 */
	private SimpleVectorStore simpleStore(Map<String, float[]> queryVectors) {
		Map<String, float[]> vectors = new HashMap<>(queryVectors);
		List<Document> documents = new ArrayList<>();
		for (IndexedPassage passage : allPassages()) {
			vectors.put(passage.text(), passage.vector());
			documents.add(new Document(passage.id(), passage.text(), Map.of("documentId", passage.documentId())));
		}
		EmbeddingModel lookup = new EmbeddingModel() {
			@Override
			public EmbeddingResponse call(EmbeddingRequest request) {
				return model.call(request);
			}

			@Override
			public float[] embed(Document document) {
				return embed(document.getText());
			}

			@Override
			public float[] embed(String text) {
				float[] known = vectors.get(text);
				return known != null ? known : model.embed(text);
			}

			@Override
			public List<float[]> embed(List<Document> docs, org.springframework.ai.embedding.EmbeddingOptions options,
					org.springframework.ai.embedding.BatchingStrategy strategy) {
				return docs.stream().map(this::embed).toList();
			}
		};
		SimpleVectorStore store = SimpleVectorStore.builder(lookup).build();
		store.add(documents);
		return store;
	}

	private final List<IndexedPassage> generated = new ArrayList<>();

	private List<IndexedPassage> allPassages() {
		return generated;
	}

	private int ingestSynthetic(int passages, List<String> sentences, Random random) {
		int added = 0;
		while (added < passages) {
			StringBuilder doc = new StringBuilder("# Synthetic briefing " + random.nextInt(1_000_000) + "\n\n");
			for (int section = 0; section < 10 && added < passages; section++, added++) {
				doc.append("## Topic ").append(random.nextInt(100_000)).append("\n\n");
				for (int s = 0; s < 5; s++) {
					doc.append(sentences.get(random.nextInt(sentences.size()))).append(' ');
				}
				doc.append("\n\n");
			}
			var document = knowledge.ingest("synthetic.md", doc.toString().getBytes(StandardCharsets.UTF_8),
					Audience.PUBLIC, "bench:" + random.nextLong());
			remember(document.id(), document.title());
		}
		return added;
	}

	private void remember(String documentId, String title) {
		// The passages' vectors are cached by text; read them back for the brute-force
		// baseline.
		for (var stored : storeOf(documentId)) {
			List<String> units = uk.opcc.quorum.knowledge.index.Units.of(stored.text())
				.stream()
				.map(unit -> uk.opcc.quorum.knowledge.index.Units.embeddingText(stored.section(), unit))
				.toList();
			generated.add(new IndexedPassage(stored.id(), documentId, title, stored.section(), stored.text(),
					Audience.PUBLIC, "", embeddings.passage(title + ". " + stored.section() + ". " + stored.text()),
					embeddings.passages(units).toArray(float[][]::new)));
		}
	}

	@Autowired
	uk.opcc.quorum.knowledge.store.DocumentStore documentStore;

	private List<uk.opcc.quorum.knowledge.store.DocumentStore.StoredPassage> storeOf(String documentId) {
		return documentStore.passagesOf(documentId);
	}

	private void deriveTo(int target, Random random) {
		List<IndexedPassage> base = List.copyOf(generated);
		List<IndexedPassage> batch = new ArrayList<>();
		for (int i = index.size(); i < target; i++) {
			IndexedPassage from = base.get(random.nextInt(base.size()));
			float[] vector = from.vector().clone();
			double norm = 0;
			for (int d = 0; d < vector.length; d++) {
				vector[d] += (float) (random.nextGaussian() * 0.02);
				norm += vector[d] * vector[d];
			}
			for (int d = 0; d < vector.length; d++) {
				vector[d] /= (float) Math.sqrt(norm);
			}
			String id = "derived-" + i;
			batch.add(new IndexedPassage(id + "#0", id, from.title(), from.section(), from.text(), Audience.PUBLIC,
					from.office(), vector, from.unitVectors()));
			if (batch.size() == 5_000) {
				index.replace(List.of(), batch);
				batch.clear();
			}
		}
		index.replace(List.of(), batch);
	}

	private static List<String> corpusSentences() throws IOException {
		List<String> sentences = new ArrayList<>();
		try (Stream<Path> files = Files.walk(Path.of("../config/corpus"))) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				for (String line : Files.readAllLines(file)) {
					for (String sentence : line.replaceFirst("^[-#0-9. ]+", "").split("(?<=[.;])\\s+")) {
						if (sentence.split("\\s+").length >= 5) {
							sentences.add(sentence.strip());
						}
					}
				}
			}
		}
		return sentences;
	}

	private static double sizeMb(Path dir) throws IOException {
		try (Stream<Path> files = Files.walk(dir)) {
			return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum() / (1024.0 * 1024);
		}
	}

	private static long rssMb() throws IOException {
		return Files.readAllLines(Path.of("/proc/self/status"))
			.stream()
			.filter(line -> line.startsWith("VmRSS"))
			.map(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024)
			.findFirst()
			.orElse(-1L);
	}

	private static String ms(double[] p50p95) {
		return String.format(Locale.ROOT, "%.2f / %.2f", p50p95[0], p50p95[1]);
	}

}
