package uk.opcc.quorum.knowledge.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.opcc.quorum.knowledge.Answer;
import uk.opcc.quorum.knowledge.Citation;
import uk.opcc.quorum.knowledge.index.Hit;

/**
 * Answers without a language model: quotes the units (lines, table rows, sentences) of
 * the best passages that the {@link AskModel} scores highest, each followed by its
 * citation marker. Nothing is paraphrased, so no number can appear that is not in a cited
 * passage.
 */
final class ExtractiveAnswerer {

	private static final int MAX_UNITS = 3;

	private static final int MAX_UNIT_CHARS = 400;

	private static final int MAX_LIST_ITEMS = 10;

	private static final int MAX_ITEM_CHARS = 200;

	private ExtractiveAnswerer() {
	}

	/**
	 * The unit the model scores highest comes first; the next best follow in reading
	 * order, so that they read as the passage does.
	 */
	static Answer answer(List<Quotable> units, List<Hit> hits, AskModel model, boolean list, Answer.Mode mode) {
		List<Hit> considered = hits.subList(0, Math.min(Quotable.PASSAGES_CONSIDERED, hits.size()));
		Map<Quotable, Double> scores = new java.util.IdentityHashMap<>();
		units.forEach(unit -> scores.put(unit, model.score(unit.signals())));
		List<Quotable> ranked = new ArrayList<>(units);
		ranked.sort(Comparator.comparingDouble(scores::get).reversed());
		// Supporting lines come from the first line's passage, or score at least half as
		// well: a weak line from an unrelated document is no support.
		double floor = ranked.isEmpty() ? 0 : scores.get(ranked.get(0)) / 2;
		List<Quotable> chosen = new ArrayList<>(ranked.stream()
			.filter(unit -> unit == ranked.get(0) || unit.passage() == ranked.get(0).passage()
					|| scores.get(unit) >= floor)
			.limit(MAX_UNITS)
			.toList());
		if (chosen.isEmpty()) {
			chosen.add(new Quotable(0, 0, truncate(considered.get(0).text()), 0, 0, false, false, 0, 0));
		}
		Quotable best = chosen.get(0);
		chosen.sort(Comparator.comparingInt(Quotable::passage).thenComparingInt(Quotable::order));
		chosen.remove(best);
		chosen.add(0, best);
		chosen = list ? withSiblings(best, units, chosen) : withListItems(chosen, units);

		Map<Integer, Integer> markers = new LinkedHashMap<>();
		Map<Integer, List<String>> quoted = new LinkedHashMap<>();
		StringBuilder text = new StringBuilder();
		for (Quotable unit : chosen) {
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
	private static List<Quotable> withListItems(List<Quotable> chosen, List<Quotable> units) {
		List<Quotable> result = new ArrayList<>();
		for (Quotable unit : chosen) {
			result.add(unit);
			if (unit.text().endsWith(":")) {
				units.stream()
					.filter(item -> item.passage() == unit.passage() && item.order() > unit.order()
							&& item.order() <= unit.order() + MAX_LIST_ITEMS)
					.filter(item -> !chosen.contains(item))
					.forEach(result::add);
			}
		}
		return result;
	}

	/**
	 * For a question that asks for a list, the first line brings the run of items around
	 * it in its passage (lines that are neither headings nor long paragraphs), so that
	 * the answer gives every item rather than the one that best matched the question.
	 */
	private static List<Quotable> withSiblings(Quotable best, List<Quotable> units, List<Quotable> chosen) {
		List<Quotable> passage = units.stream()
			.filter(unit -> unit.passage() == best.passage())
			.sorted(Comparator.comparingInt(Quotable::order))
			.toList();
		int at = passage.indexOf(best);
		int from = at;
		int to = at;
		while (to - from + 1 < MAX_LIST_ITEMS) {
			boolean before = from > 0 && isItem(passage.get(from - 1));
			boolean after = to < passage.size() - 1 && isItem(passage.get(to + 1));
			if (after) {
				to++;
			}
			else if (before) {
				from--;
			}
			else {
				break;
			}
		}
		List<Quotable> result = new ArrayList<>(passage.subList(from, to + 1));
		result.remove(best);
		result.add(0, best);
		chosen.stream().filter(unit -> !result.contains(unit)).limit(1).forEach(result::add);
		return withListItems(result, units);
	}

	private static boolean isItem(Quotable unit) {
		return !unit.heading() && unit.text().length() <= MAX_ITEM_CHARS;
	}

	static Answer refusal(String question) {
		return new Answer(
				"I couldn't find this in the office's documents, so I won't guess. "
						+ capitalise(WhoToAsk.forQuestion(question)) + " may be able to help.",
				false, List.of(), Answer.Mode.EXTRACTIVE);
	}

	private static String truncate(String text) {
		return text.length() <= MAX_UNIT_CHARS ? text : text.substring(0, MAX_UNIT_CHARS - 1).strip() + "…";
	}

	private static String capitalise(String text) {
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

}
