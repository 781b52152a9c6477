package uk.opcc.quorum.knowledge.embed;

import java.util.ArrayList;
import java.util.List;

import dev.langchain4j.model.embedding.onnx.e5smallv2q.E5SmallV2QuantizedEmbeddingModel;

import org.springframework.ai.document.Document;
import org.springframework.ai.embedding.Embedding;
import org.springframework.ai.embedding.EmbeddingModel;
import org.springframework.ai.embedding.EmbeddingRequest;
import org.springframework.ai.embedding.EmbeddingResponse;

/**
 * e5-small-v2 (quantised), run in process from the ONNX model inside its Maven jar,
 * behind Spring AI's {@link EmbeddingModel}. Chosen by measurement over all-MiniLM-L6-v2
 * and bge-small-en-v1.5 (docs/eval/embedding-models.md): the best recall on the tuning
 * half, and a third of MiniLM's memory. Spring AI's own transformers model would start
 * DJL, which downloads native code at run time; this one needs nothing from the network.
 * The model loads on first use.
 *
 * <p>
 * e5 was trained with "query: " and "passage: " in front of what it embeds;
 * {@link CachedEmbeddings} adds them.
 */
public class LocalEmbeddingModel implements EmbeddingModel {

	public static final String MODEL_ID = "e5-small-v2-q@langchain4j-1.20.0-beta30";

	public static final int DIMENSIONS = 384;

	public static final String QUERY_PREFIX = "query: ";

	public static final String PASSAGE_PREFIX = "passage: ";

	private volatile E5SmallV2QuantizedEmbeddingModel model;

	@Override
	public EmbeddingResponse call(EmbeddingRequest request) {
		List<Embedding> results = new ArrayList<>();
		List<String> texts = request.getInstructions();
		for (int i = 0; i < texts.size(); i++) {
			results.add(new Embedding(embed(texts.get(i)), i));
		}
		return new EmbeddingResponse(results);
	}

	@Override
	public float[] embed(String text) {
		return model().embed(text).content().vector();
	}

	@Override
	public float[] embed(Document document) {
		return embed(document.getText());
	}

	@Override
	public int dimensions() {
		return DIMENSIONS;
	}

	private E5SmallV2QuantizedEmbeddingModel model() {
		E5SmallV2QuantizedEmbeddingModel loaded = model;
		if (loaded == null) {
			synchronized (this) {
				if (model == null) {
					model = new E5SmallV2QuantizedEmbeddingModel(Runnable::run);
				}
				loaded = model;
			}
		}
		return loaded;
	}

}
