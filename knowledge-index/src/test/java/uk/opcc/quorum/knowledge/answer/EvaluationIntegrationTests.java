package uk.opcc.quorum.knowledge.answer;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import uk.opcc.quorum.knowledge.KnowledgeProperties;
import uk.opcc.quorum.knowledge.KnowledgeService;
import uk.opcc.quorum.knowledge.KnowledgeTestApplication;
import uk.opcc.quorum.knowledge.TestDirs;
import uk.opcc.quorum.knowledge.corpus.CorpusWatcher;
import uk.opcc.quorum.knowledge.index.Retriever.Mode;

import static org.assertj.core.api.Assertions.assertThat;

/** The targets of Ask without a language model, checked on every build over the sample corpus. */
@SpringBootTest(classes = KnowledgeTestApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvaluationIntegrationTests {

	static final EvaluationSet SET = EvaluationSet.load("/eval/sample-corpus.yaml");

	@DynamicPropertySource
	static void paths(DynamicPropertyRegistry registry) {
		registry.add("quorum.knowledge.index-dir", () -> TestDirs.create("eval-index").toString());
		registry.add("quorum.knowledge.corpus-dir", () -> Path.of(SET.corpus()).toAbsolutePath().normalize().toString());
	}

	@Autowired
	KnowledgeService knowledge;

	@Autowired
	CorpusWatcher corpus;

	@Autowired
	AnswerEngine engine;

	@Autowired
	KnowledgeProperties properties;

	Map<String, String> documentIds;

	@BeforeAll
	void indexCorpus() {
		documentIds = EvaluationCorpus.index(corpus, knowledge);
	}

	@Test
	void indexesEveryCorpusFile() {
		assertThat(documentIds).hasSize(7);
	}

	@Test
	void hybridMeetsTheTargetsWithoutLanguageModel() {
		Evaluator.Scores scores = Evaluator.run(engine, SET, documentIds, Mode.HYBRID);
		if (Boolean.getBoolean("quorum.eval.calibrate")) {
			Evaluator.calibration(engine, SET, properties).forEach(System.out::println);
		}
		System.out.println(Evaluator.format(scores));
		scores.misses().forEach(miss -> System.out.println("  " + miss));
		assertThat(scores.answerable()).isGreaterThanOrEqualTo(50);
		assertThat(scores.answerAccuracy()).as("answer accuracy").isGreaterThanOrEqualTo(0.90);
		assertThat(scores.refusalRate()).as("unanswerable questions refused").isEqualTo(1.0);
		assertThat(scores.inventedNumbers()).as("numbers not in a cited passage").isZero();
	}

}
