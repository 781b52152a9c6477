package uk.opcc.quorum.knowledge.answer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import uk.opcc.quorum.knowledge.KnowledgeProperties;
import uk.opcc.quorum.knowledge.KnowledgeService;
import uk.opcc.quorum.knowledge.KnowledgeTestApplication;
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
		EvaluationCorpus.register(registry, SET, "eval-index");
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
