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

	/** The share of unanswerable questions the threshold must refuse. */
	static final double REFUSED = 0.85;

	private AskModelFitting() {
	}

	static AskModel fit(AnswerEngine engine, EvaluationSet tune) {
		return fit(judge(engine, tune), tune.questions());
	}

	static List<AnswerEngine.Judgement> judge(AnswerEngine engine, EvaluationSet set) {
		return set.questions()
			.stream()
			.map(question -> engine.judge(question.text(), set.audiences(), Mode.HYBRID))
			.toList();
	}

	private static AskModel fit(List<AnswerEngine.Judgement> judged, List<EvaluationSet.Question> questions) {
		List<double[]> unitRows = new ArrayList<>();
		List<Boolean> unitLabels = new ArrayList<>();
		for (int i = 0; i < judged.size(); i++) {
			EvaluationSet.Question question = questions.get(i);
			if (question.answerable()) {
				for (Quotable unit : judged.get(i).units()) {
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
			labels.add(questions.get(i).answerable());
			right.add(questions.get(i).answerable() && right(quoting, judged.get(i), questions.get(i)));
		}
		double[] answerable = LogisticFit.fit(rows, labels, Signals.SIGNS);
		return new AskModel(answerable, threshold(answerable, rows, right, questions), unit);
	}

	/**
	 * Leave one document out, within the tuning half: each document's questions are
	 * answered by the model fitted on the other documents' questions. What the fit does
	 * on documents it has not seen, estimated without touching the test half; features
	 * are chosen on this figure.
	 * @return the share of answerable questions answered right, then the share of
	 * unanswerable ones refused
	 */
	static double[] crossValidate(AnswerEngine engine, EvaluationSet tune) {
		List<AnswerEngine.Judgement> judged = judge(engine, tune);
		List<EvaluationSet.Question> questions = tune.questions();
		int answerable = 0;
		int right = 0;
		int unanswerable = 0;
		int refused = 0;
		for (String document : questions.stream().map(EvaluationSet.Question::document).distinct().toList()) {
			List<AnswerEngine.Judgement> fitJudged = new ArrayList<>();
			List<EvaluationSet.Question> fitQuestions = new ArrayList<>();
			for (int i = 0; i < questions.size(); i++) {
				if (!questions.get(i).document().equals(document)) {
					fitJudged.add(judged.get(i));
					fitQuestions.add(questions.get(i));
				}
			}
			AskModel model = fit(fitJudged, fitQuestions);
			for (int i = 0; i < questions.size(); i++) {
				EvaluationSet.Question question = questions.get(i);
				if (!question.document().equals(document)) {
					continue;
				}
				boolean answers = model.answers(judged.get(i).signals());
				if (question.answerable()) {
					answerable++;
					boolean quotedRight = right(model, judged.get(i), question);
					right += answers && quotedRight ? 1 : 0;
					if (Boolean.getBoolean("quorum.eval.diagnose")) {
						System.out.printf("cv %s %s: %s p=%.2f %s%n", answers ? "answered" : "refused",
								quotedRight ? "right" : "wrong", question.text(),
								model.probability(judged.get(i).signals()), judged.get(i).signals());
					}
				}
				else {
					unanswerable++;
					refused += answers ? 0 : 1;
					if (Boolean.getBoolean("quorum.eval.diagnose")) {
						System.out.printf("cv %s unanswerable: %s p=%.2f %s%n", answers ? "answered" : "refused",
								question.text(), model.probability(judged.get(i).signals()), judged.get(i).signals());
					}
				}
			}
		}
		return new double[] { (double) right / answerable, (double) refused / unanswerable };
	}

	/**
	 * The threshold, in hundredths, that answers the most questions right while refusing
	 * at least {@link #REFUSED} of the unanswerable ones: a figure stated for the wrong
	 * year or office costs more trust than a refusal, so refusals are a floor and right
	 * answers what is maximised above it. If no threshold reaches the floor, the one that
	 * refuses most.
	 */
	private static double threshold(double[] weights, List<double[]> rows, List<Boolean> right,
			List<EvaluationSet.Question> questions) {
		long answerable = questions.stream().filter(EvaluationSet.Question::answerable).count();
		long unanswerable = questions.size() - answerable;
		double best = 0.5;
		double bestScore = -1;
		for (int hundredths = 5; hundredths <= 95; hundredths++) {
			double t = hundredths / 100.0;
			int answeredRight = 0;
			int refused = 0;
			for (int i = 0; i < rows.size(); i++) {
				boolean answers = AskModel.logistic(weights, rows.get(i)) >= t;
				answeredRight += answers && right.get(i) ? 1 : 0;
				refused += !answers && !questions.get(i).answerable() ? 1 : 0;
			}
			double refusedShare = (double) refused / unanswerable;
			double score = refusedShare >= REFUSED ? 1 + (double) answeredRight / answerable : refusedShare;
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
		Answer answer = ExtractiveAnswerer.answer(judged.units(), judged.hits(), quoting, judged.list(),
				Answer.Mode.EXTRACTIVE);
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
