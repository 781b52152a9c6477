package uk.opcc.quorum.knowledge.answer;

import java.util.List;

import uk.opcc.quorum.knowledge.embed.LocalEmbeddingModel;
import uk.opcc.quorum.knowledge.index.Hit;
import uk.opcc.quorum.knowledge.index.Units;

/**
 * Passages embedded by the shipped model the way ingestion embeds them, for unit tests of
 * the answer's parts.
 */
final class EmbeddedPassages {

	private final LocalEmbeddingModel model = new LocalEmbeddingModel();

	Hit hit(String section, String text, String question) {
		float[][] units = Units.of(text)
			.stream()
			.map(unit -> passage(Units.embeddingText(section, unit)))
			.toArray(float[][]::new);
		double similarity = Quotable.cosine(query(question), passage(section + ". " + text));
		return new Hit("p-1", "d-1", "Office structure", section, text, 1, similarity, "", units);
	}

	List<Quotable> units(String question, Hit hit) {
		return Quotable.of(question, query(question), List.of(hit),
				terms -> terms.stream().collect(java.util.stream.Collectors.toMap(term -> term, term -> 1.0)));
	}

	private float[] query(String text) {
		return model.embed(LocalEmbeddingModel.QUERY_PREFIX + text);
	}

	private float[] passage(String text) {
		return model.embed(LocalEmbeddingModel.PASSAGE_PREFIX + text);
	}

}
