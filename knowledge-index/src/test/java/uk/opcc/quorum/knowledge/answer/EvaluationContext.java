package uk.opcc.quorum.knowledge.answer;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import uk.opcc.quorum.knowledge.KnowledgeProperties;
import uk.opcc.quorum.knowledge.KnowledgeService;
import uk.opcc.quorum.knowledge.KnowledgeTestApplication;
import uk.opcc.quorum.knowledge.TestDirs;
import uk.opcc.quorum.knowledge.corpus.CorpusWatcher;

/**
 * The knowledge module over the sample evaluation set's corpus: shared by the evaluation
 * test and report.
 */
@SpringBootTest(classes = KnowledgeTestApplication.class)
abstract class EvaluationContext {

	static final EvaluationSet SET = EvaluationSet.load("/eval/sample-corpus.yaml");

	@DynamicPropertySource
	static void paths(DynamicPropertyRegistry registry) {
		registry.add("quorum.knowledge.index-dir", () -> TestDirs.create("eval-index").toString());
		registry.add("quorum.knowledge.corpus-dir",
				() -> Path.of(SET.corpus()).toAbsolutePath().normalize().toString());
	}

	@Autowired
	KnowledgeService knowledge;

	@Autowired
	CorpusWatcher corpus;

	@Autowired
	AnswerEngine engine;

	@Autowired
	KnowledgeProperties properties;

}
