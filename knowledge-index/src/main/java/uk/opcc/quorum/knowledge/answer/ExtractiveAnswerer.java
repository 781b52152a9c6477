package uk.opcc.quorum.knowledge.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import uk.opcc.quorum.knowledge.Answer;
import uk.opcc.quorum.knowledge.Citation;
import uk.opcc.quorum.knowledge.index.Hit;

/**
 * Answers without a language model: quotes the lines or sentences of the best passages
 * that share most words with the question, each followed by its citation marker. Nothing
 * is paraphrased, so no number can appear that is not in a cited passage.
 */
final class ExtractiveAnswerer {

	private static final int MAX_UNITS = 3;

	private static final int MAX_UNIT_CHARS = 400;

	private static final int MAX_LIST_ITEMS = 10;

	private ExtractiveAnswerer() {
	}

	private record Unit(int passage, int order, String text, int score) {
	}

	static Answer answer(String expandedQuestion, List<Hit> hits, Answer.Mode mode) {
		Set<String> wanted = Terms.of(expandedQuestion);
		java.util.Optional<java.util.function.Predicate<String>> sought = FactKind.sought(expandedQuestion);
		List<Unit> units = new ArrayList<>();
		List<Hit> considered = hits.subList(0, Math.min(Answerability.PASSAGES_CONSIDERED, hits.size()));
		for (int p = 0; p < considered.size(); p++) {
			List<String> lines = units(considered.get(p).text());
			for (int order = 0; order < lines.size(); order++) {
				Set<String> terms = Terms.of(lines.get(order));
				int score = (int) wanted.stream().filter(terms::contains).count();
				if (score > 0) {
					// A line holding the kind of fact asked for (an amount, a date, a
					// count, a name) comes first.
					String line = lines.get(order);
					int kind = sought.map(holds -> holds.test(line) ? 15 : 0).orElse(0);
					units.add(new Unit(p, order, line, score * 10 + kind - p * 3));
				}
			}
		}
		units.sort(Comparator.comparingInt(Unit::score).reversed());
		List<Unit> chosen = new ArrayList<>(units.subList(0, Math.min(MAX_UNITS, units.size())));
		if (chosen.isEmpty()) {
			chosen.add(new Unit(0, 0, truncate(considered.get(0).text()), 0));
		}
		// The line that answers first; the rest in reading order, so that they read as
		// the passage does.
		Unit best = chosen.get(0);
		chosen.sort(Comparator.comparingInt(Unit::passage).thenComparingInt(Unit::order));
		chosen.remove(best);
		chosen.add(0, best);
		chosen = withListItems(chosen, considered);

		Map<Integer, Integer> markers = new LinkedHashMap<>();
		Map<Integer, List<String>> quoted = new LinkedHashMap<>();
		StringBuilder text = new StringBuilder();
		for (Unit unit : chosen) {
			int marker = markers.computeIfAbsent(unit.passage(), p -> markers.size() + 1);
			quoted.computeIfAbsent(unit.passage(), p -> new ArrayList<>()).add(unit.text());
			text.append(text.isEmpty() ? "" : "\n").append(unit.text()).append(" [").append(marker).append(']');
		}
		List<Citation> citations = new ArrayList<>();
		markers.keySet().forEach(p -> {
			Hit hit = considered.get(p);
			citations
				.add(new Citation(hit.documentId(), hit.title(), hit.section(), String.join(" ... ", quoted.get(p))));
		});
		return new Answer(text.toString(), true, citations, mode);
	}

	/**
	 * A chosen line that introduces a list ("A typical agenda:") brings its items with
	 * it.
	 */
	private static List<Unit> withListItems(List<Unit> chosen, List<Hit> considered) {
		List<Unit> result = new ArrayList<>();
		for (Unit unit : chosen) {
			result.add(unit);
			if (unit.text().endsWith(":")) {
				List<String> all = units(considered.get(unit.passage()).text());
				int at = all.indexOf(unit.text());
				for (int i = at + 1; at >= 0 && i < all.size() && i <= at + MAX_LIST_ITEMS; i++) {
					int order = i;
					if (chosen.stream().noneMatch(u -> u.passage() == unit.passage() && u.order() == order)) {
						result.add(new Unit(unit.passage(), i, all.get(i), 0));
					}
				}
			}
		}
		return result;
	}

	static Answer refusal(String question) {
		return new Answer(
				"I couldn't find this in the office's documents, so I won't guess. "
						+ capitalise(WhoToAsk.forQuestion(question)) + " may be able to help.",
				false, List.of(), Answer.Mode.EXTRACTIVE);
	}

	private static List<String> units(String passage) {
		List<String> units = new ArrayList<>();
		for (String line : passage.split("\n")) {
			String clean = line.strip().replaceFirst("^[-•*]\\s*", "");
			if (clean.isEmpty()) {
				continue;
			}
			if (clean.length() <= MAX_UNIT_CHARS) {
				units.add(clean);
			}
			else {
				units.addAll(List.of(clean.split("(?<=[.!?])\\s+")));
			}
		}
		return units;
	}

	private static String truncate(String text) {
		return text.length() <= MAX_UNIT_CHARS ? text : text.substring(0, MAX_UNIT_CHARS - 1).strip() + "…";
	}

	private static String capitalise(String text) {
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

}
