package uk.opcc.quorum.knowledge.answer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.opcc.quorum.knowledge.Answer;
import uk.opcc.quorum.knowledge.Citation;
import uk.opcc.quorum.knowledge.index.Hit;
import uk.opcc.quorum.knowledge.index.Retriever.Mode;

/** Scores Ask on an evaluation set for one retrieval mode. */
final class Evaluator {

	private static final Pattern NUMBER = Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?");

	record Scores(Mode mode, int answerable, int unanswerable, double recallAt1, double recallAt5, double mrr,
			double answerAccuracy, double refusalRate, int inventedNumbers, double p50Millis, double p95Millis,
			List<String> misses, double quotedRight, List<Outcome> outcomes) {
	}

	/**
	 * @param success right, for an answerable question; refused, for an unanswerable one
	 */
	record Outcome(EvaluationSet.Question question, boolean success) {
	}

	private Evaluator() {
	}

	/**
	 * @param documentIds the evaluation corpus's file paths mapped to their indexed
	 * document ids
	 */
	static Scores run(AnswerEngine engine, EvaluationSet set, Map<String, String> documentIds, Mode mode) {
		int answerable = 0;
		int unanswerable = 0;
		double hit1 = 0;
		double hit5 = 0;
		double rr = 0;
		int correct = 0;
		int refused = 0;
		int invented = 0;
		int quotable = 0;
		List<Outcome> outcomes = new ArrayList<>();
		List<Long> latencies = new ArrayList<>();
		List<String> misses = new ArrayList<>();
		for (EvaluationSet.Question question : set.questions()) {
			long start = System.nanoTime();
			Answer answer = engine.answer(question.text(), set.audiences(), mode);
			latencies.add(System.nanoTime() - start);
			// Only an answer states facts; a refusal or a "not for that year" reply names
			// what was asked.
			invented += answer.grounded() ? inventedNumbers(answer) : 0;
			if (!question.answerable()) {
				unanswerable++;
				outcomes.add(new Outcome(question, !answer.grounded()));
				if (!answer.grounded()) {
					refused++;
				}
				else {
					misses.add("answered unanswerable: " + question.text());
				}
				continue;
			}
			answerable++;
			String expected = documentIds.get(question.document());
			List<Hit> hits = engine.retrieve(engine.expand(question.text()), set.audiences(), mode, 10);
			int rank = rankOf(expected, hits);
			hit1 += rank == 1 ? 1 : 0;
			hit5 += rank >= 1 && rank <= 5 ? 1 : 0;
			rr += rank >= 1 ? 1.0 / rank : 0;
			String text = answer.text().toLowerCase(Locale.ROOT);
			boolean right = answer.grounded()
					&& question.facts().stream().allMatch(fact -> text.contains(fact.toLowerCase(Locale.ROOT)));
			outcomes.add(new Outcome(question, right));
			if (right) {
				correct++;
			}
			if (quotesTheFacts(engine, set, question)) {
				quotable++;
			}
			else {
				misses.add((answer.grounded() ? "wrong: " : "refused: ") + question.text()
						+ diagnosis(engine, set, question));
			}
		}
		long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
		return new Scores(mode, answerable, unanswerable, hit1 / answerable, hit5 / answerable, rr / answerable,
				(double) correct / answerable, unanswerable == 0 ? 1 : (double) refused / unanswerable, invented,
				percentile(sorted, 50), percentile(sorted, 95), misses, (double) quotable / answerable, outcomes);
	}

	/** Numbers in the answer that none of its cited passages' quoted text contains. */
	static int inventedNumbers(Answer answer) {
		String cited = answer.citations().stream().map(Citation::snippet).reduce("", String::concat).replace(",", "");
		int invented = 0;
		Matcher number = NUMBER.matcher(answer.text().replaceAll("\\[\\d+]", ""));
		while (number.find()) {
			if (!cited.contains(number.group().replace(",", ""))) {
				invented++;
			}
		}
		return invented;
	}

	/**
	 * Whether the quoted answer would hold the expected facts if answerability let it
	 * through: separates choosing the lines from deciding to answer.
	 */
	private static boolean quotesTheFacts(AnswerEngine engine, EvaluationSet set, EvaluationSet.Question question) {
		AnswerEngine.Judgement judged = engine.judge(question.text(), set.audiences(), Mode.HYBRID);
		if (judged.hits().isEmpty()) {
			return false;
		}
		String text = ExtractiveAnswerer
			.answer(judged.units(), judged.hits(), AskModel.shipped(), judged.list(), Answer.Mode.EXTRACTIVE)
			.text()
			.toLowerCase(Locale.ROOT);
		return question.facts().stream().allMatch(fact -> text.contains(fact.toLowerCase(Locale.ROOT)));
	}

	/**
	 * With {@code -Dquorum.eval.diagnose=true}: the model's probability and whether any
	 * weighed unit held the expected facts.
	 */
	private static String diagnosis(AnswerEngine engine, EvaluationSet set, EvaluationSet.Question question) {
		if (!Boolean.getBoolean("quorum.eval.diagnose")) {
			return "";
		}
		AnswerEngine.Judgement judged = engine.judge(question.text(), set.audiences(), Mode.HYBRID);
		String units = String.join(" ", judged.units().stream().map(Quotable::text).toList()).toLowerCase(Locale.ROOT);
		boolean reachable = question.facts().stream().allMatch(f -> units.contains(f.toLowerCase(Locale.ROOT)));
		AskModel model = AskModel.shipped();
		List<Quotable> ranked = new ArrayList<>(judged.units());
		ranked.sort(java.util.Comparator.comparingDouble((Quotable u) -> model.score(u.signals())).reversed());
		int rank = 0;
		String holding = "";
		for (int i = 0; i < ranked.size(); i++) {
			String text = ranked.get(i).text().toLowerCase(Locale.ROOT);
			if (question.facts().stream().anyMatch(f -> text.contains(f.toLowerCase(Locale.ROOT)))) {
				rank = i + 1;
				holding = ranked.get(i) + " vs first " + ranked.get(0);
				break;
			}
		}
		return String.format(Locale.ROOT, " (p=%.2f, facts %s, unit rank %d of %d, %s) %s",
				model.probability(judged.signals()), reachable ? "quotable" : "not in the units weighed", rank,
				ranked.size(), judged.signals(), holding);
	}

	private static int rankOf(String documentId, List<Hit> hits) {
		List<String> seen = new ArrayList<>();
		for (Hit hit : hits) {
			if (!seen.contains(hit.documentId())) {
				seen.add(hit.documentId());
			}
			if (hit.documentId().equals(documentId)) {
				return seen.size();
			}
		}
		return -1;
	}

	private static double percentile(long[] sortedNanos, int p) {
		if (sortedNanos.length == 0) {
			return 0;
		}
		int index = (int) Math.ceil(p / 100.0 * sortedNanos.length) - 1;
		return sortedNanos[Math.max(0, index)] / 1e6;
	}

	/** The answerability signals of each question, to see what the model weighs. */
	static List<String> calibration(AnswerEngine engine, EvaluationSet set) {
		List<String> rows = new ArrayList<>();
		for (EvaluationSet.Question question : set.questions()) {
			Signals signals = engine.judge(question.text(), set.audiences(), Mode.HYBRID).signals();
			rows.add("CAL " + (question.answerable() ? "A " : "U ") + signals + " " + question.text());
		}
		return rows;
	}

	static String format(Scores s) {
		return String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %.3f | %.3f | %d | %.1f | %.1f |", s.mode(),
				s.recallAt1(), s.recallAt5(), s.mrr(), s.answerAccuracy(), s.refusalRate(), s.inventedNumbers(),
				s.p50Millis(), s.p95Millis());
	}

	static List<Mode> modes() {
		return Arrays.asList(Mode.values());
	}

}
