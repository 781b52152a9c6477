package uk.opcc.quorum.knowledge.answer;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Scores of one half grouped by what the question asks for and by the format of the file
 * that answers it, as Markdown tables.
 */
final class Breakdown {

	private Breakdown() {
	}

	static String byKind(List<Evaluator.Outcome> outcomes) {
		return table("kind", outcomes,
				outcome -> outcome.question().kind().isBlank() ? "(none)" : outcome.question().kind());
	}

	static String byFormat(List<Evaluator.Outcome> outcomes) {
		return table("format", outcomes, outcome -> {
			String document = outcome.question().document();
			return document.substring(document.lastIndexOf('.') + 1).toUpperCase(Locale.ROOT);
		});
	}

	private static String table(String heading, List<Evaluator.Outcome> outcomes,
			Function<Evaluator.Outcome, String> group) {
		Map<String, int[]> counts = new TreeMap<>();
		for (Evaluator.Outcome outcome : outcomes) {
			// answerable, right, unanswerable, refused
			int[] row = counts.computeIfAbsent(group.apply(outcome), key -> new int[4]);
			int at = outcome.question().answerable() ? 0 : 2;
			row[at]++;
			row[at + 1] += outcome.success() ? 1 : 0;
		}
		StringBuilder out = new StringBuilder("| " + heading
				+ " | answerable | answered right | unanswerable | refused |\n| --- | --- | --- | --- | --- |\n");
		counts.forEach((name, row) -> out.append(String.format(Locale.ROOT, "| %s | %d | %s | %d | %s |%n", name,
				row[0], share(row[1], row[0]), row[2], share(row[3], row[2]))));
		return out.toString();
	}

	private static String share(int part, int whole) {
		return whole == 0 ? "-" : String.format(Locale.ROOT, "%.2f", (double) part / whole);
	}

}
