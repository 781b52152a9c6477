package uk.opcc.quorum.knowledge.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import uk.opcc.quorum.knowledge.Answer;
import uk.opcc.quorum.knowledge.index.Retriever.Mode;

/**
 * Fits the {@link AskModel} on the tuning half of an evaluation set: first which unit
 * holds the expected fact, then whether the documents answer a question at all, and last
 * the threshold that best balances answers that are right (with that unit model quoting)
 * against unanswerable questions refused. Nothing of the test half is seen.
 */
final class AskModelFitting {

	private AskModelFitting() {
	}

	static AskModel fit(AnswerEngine engine, EvaluationSet tune) {
		List<AnswerEngine.Judgement> judged = new ArrayList<>();
		List<double[]> unitRows = new ArrayList<>();
		List<Boolean> unitLabels = new ArrayList<>();
		for (EvaluationSet.Question question : tune.questions()) {
			AnswerEngine.Judgement judgement = engine.judge(question.text(), tune.audiences(), Mode.HYBRID);
			judged.add(judgement);
			if (question.answerable()) {
				for (Quotable unit : judgement.units()) {
					unitRows.add(unit.signals().values());
					unitLabels.add(question.facts().stream().anyMatch(fact -> contains(unit.text(), fact)));
				}
			}
		}
		double[] unit = LogisticFit.fit(unitRows, unitLabels, UnitSignals.SIGNS);
		AskModel quoting = new AskModel(new double[Signals.NAMES.length + 1], 0, unit);
		List<double[]> rows = new ArrayList<>();
		List<Boolean> labels = new ArrayList<>();
		List<Boolean> right = new ArrayList<>();
		for (int i = 0; i < judged.size(); i++) {
			rows.add(judged.get(i).signals().values());
			labels.add(tune.questions().get(i).answerable());
			right.add(tune.questions().get(i).answerable() && right(quoting, judged.get(i), tune.questions().get(i)));
		}
		double[] answerable = LogisticFit.fit(rows, labels, Signals.SIGNS);
		return new AskModel(answerable, threshold(answerable, rows, right, tune), unit);
	}

	/**
	 * The threshold, in hundredths, with the best mean of the share of answerable
	 * questions answered right and the share of unanswerable ones refused.
	 */
	private static double threshold(double[] weights, List<double[]> rows, List<Boolean> right, EvaluationSet tune) {
		long answerable = tune.questions().stream().filter(EvaluationSet.Question::answerable).count();
		long unanswerable = tune.questions().size() - answerable;
		double best = 0.5;
		double bestScore = -1;
		for (int hundredths = 5; hundredths <= 95; hundredths++) {
			double t = hundredths / 100.0;
			int answeredRight = 0;
			int refused = 0;
			for (int i = 0; i < rows.size(); i++) {
				boolean answers = AskModel.logistic(weights, rows.get(i)) >= t;
				answeredRight += answers && right.get(i) ? 1 : 0;
				refused += !answers && !tune.questions().get(i).answerable() ? 1 : 0;
			}
			double score = (double) answeredRight / answerable + (double) refused / unanswerable;
			if (score > bestScore) {
				bestScore = score;
				best = t;
			}
		}
		return best;
	}

	private static boolean right(AskModel quoting, AnswerEngine.Judgement judged, EvaluationSet.Question question) {
		if (judged.hits().isEmpty()) {
			return false;
		}
		Answer answer = ExtractiveAnswerer.answer(judged.units(), judged.hits(), quoting, Answer.Mode.EXTRACTIVE);
		return question.facts().stream().allMatch(fact -> contains(answer.text(), fact));
	}

	private static boolean contains(String text, String fact) {
		return text.toLowerCase(Locale.ROOT).contains(fact.toLowerCase(Locale.ROOT));
	}

	/** The model as {@code ask-model.properties} ships it. */
	static String properties(AskModel model, EvaluationSet tune) {
		StringBuilder out = new StringBuilder();
		out.append("# Fitted by GovernanceEvaluationIntegrationTests on the tuning half of the governance set (")
			.append(tune.questions().size())
			.append(" questions).\n# Do not edit: rerun ./mvnw -B -pl knowledge-index verify -Dtest=GovernanceEvaluationIntegrationTests -Dquorum.eval.fit=true\n");
		append(out, "answerable", Signals.NAMES, model.answerable());
		out.append(String.format(Locale.ROOT, "answerable.threshold=%.2f%n", model.threshold()));
		append(out, "unit", UnitSignals.NAMES, model.unit());
		return out.toString();
	}

	private static void append(StringBuilder out, String prefix, String[] names, double[] weights) {
		out.append(String.format(Locale.ROOT, "%s.bias=%.4f%n", prefix, weights[0]));
		for (int i = 0; i < names.length; i++) {
			out.append(String.format(Locale.ROOT, "%s.%s=%.4f%n", prefix, names[i], weights[i + 1]));
		}
	}

}
