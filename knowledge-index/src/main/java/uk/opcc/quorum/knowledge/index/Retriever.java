package uk.opcc.quorum.knowledge.index;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.opcc.quorum.knowledge.Audience;

/**
 * Finds the passages for a question by text (BM25), by meaning (vectors), or both fused
 * by reciprocal rank. Which one answers is set by measurement: see docs/eval.
 */
public class Retriever {

	public enum Mode {

		BM25, VECTOR, HYBRID

	}

	/**
	 * The usual constant of reciprocal rank fusion: dampens the weight of the very first
	 * ranks.
	 */
	private static final int RRF_K = 60;

	private final PassageIndex index;

	private final int candidates;

	public Retriever(PassageIndex index, int candidates) {
		this.index = index;
		this.candidates = candidates;
	}

	/**
	 * The best {@code k} passages. Every hit carries the cosine similarity to the
	 * question when the vector search saw it, which is what decides whether the documents
	 * answer at all.
	 */
	public List<Hit> retrieve(String question, float[] vector, Collection<Audience> audiences, Mode mode, int k) {
		List<Hit> byVector = mode == Mode.BM25 && vector == null ? List.of()
				: index.searchVector(vector, audiences, candidates);
		if (mode == Mode.VECTOR) {
			return byVector.subList(0, Math.min(k, byVector.size()));
		}
		List<Hit> byText = index.searchText(question, audiences, candidates);
		Map<String, Double> similarity = new LinkedHashMap<>();
		byVector.forEach(hit -> similarity.put(hit.id(), hit.similarity()));
		if (mode == Mode.BM25) {
			return byText.stream()
				.limit(k)
				.map(hit -> hit.withScores(hit.score(), similarity.getOrDefault(hit.id(), Double.NaN)))
				.toList();
		}
		Map<String, Hit> fused = new LinkedHashMap<>();
		Map<String, Double> scores = new LinkedHashMap<>();
		addRanks(byText, fused, scores);
		addRanks(byVector, fused, scores);
		List<Hit> ranked = new ArrayList<>();
		scores.forEach(
				(id, score) -> ranked.add(fused.get(id).withScores(score, similarity.getOrDefault(id, Double.NaN))));
		ranked.sort(Comparator.comparingDouble(Hit::score).reversed());
		return ranked.subList(0, Math.min(k, ranked.size()));
	}

	private static void addRanks(List<Hit> hits, Map<String, Hit> fused, Map<String, Double> scores) {
		for (int rank = 0; rank < hits.size(); rank++) {
			Hit hit = hits.get(rank);
			fused.putIfAbsent(hit.id(), hit);
			scores.merge(hit.id(), 1.0 / (RRF_K + rank + 1), Double::sum);
		}
	}

}
