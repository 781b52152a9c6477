package uk.opcc.quorum.knowledge.answer;

import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import uk.opcc.quorum.knowledge.index.Retriever.Mode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The targets of Ask without a language model, checked on every build over the sample
 * corpus.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvaluationIntegrationTests extends EvaluationContext {

	Map<String, String> documentIds;

	@BeforeAll
	void indexCorpus() {
		documentIds = EvaluationCorpus.index(corpus, knowledge);
	}

	@Test
	void indexesEveryCorpusFile() {
		assertThat(documentIds).hasSize(8);
	}

	@Test
	void hybridMeetsTheTargetsWithoutLanguageModel() {
		Evaluator.Scores scores = Evaluator.run(engine, SET, documentIds, Mode.HYBRID);
		if (Boolean.getBoolean("quorum.eval.calibrate")) {
			Evaluator.calibration(engine, SET).forEach(System.out::println);
		}
		System.out.println(Evaluator.format(scores));
		scores.misses().forEach(miss -> System.out.println("  " + miss));
		assertThat(scores.answerable()).isGreaterThanOrEqualTo(50);
		assertThat(scores.answerAccuracy()).as("answer accuracy").isGreaterThanOrEqualTo(0.90);
		assertThat(scores.refusalRate()).as("unanswerable questions refused").isEqualTo(1.0);
		assertThat(scores.inventedNumbers()).as("numbers not in a cited passage").isZero();
	}

}
