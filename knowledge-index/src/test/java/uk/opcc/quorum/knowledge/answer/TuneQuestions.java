package uk.opcc.quorum.knowledge.answer;

import java.util.List;

/**
 * The answerable questions of an evaluation set's tuning half, for evaluations outside
 * this package (such as the embedding model comparison). The test half is not handed out:
 * nothing may be chosen on it.
 */
public final class TuneQuestions {

	/**
	 * @param text the question as typed
	 * @param document the corpus file (relative to the corpus folder) that answers it
	 */
	public record Question(String text, String document) {
	}

	private TuneQuestions() {
	}

	/** The corpus folder, relative to the knowledge-index module directory. */
	public static String corpus(String resource) {
		return EvaluationSet.load(resource).corpus();
	}

	public static List<Question> answerable(String resource) {
		return EvaluationSet.load(resource)
			.half("tune")
			.questions()
			.stream()
			.filter(EvaluationSet.Question::answerable)
			.map(question -> new Question(question.text(), question.document()))
			.toList();
	}

}
