package uk.opcc.quorum.knowledge.embed;

import java.util.ArrayList;
import java.util.List;

import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;

import org.springframework.ai.document.Document;
import org.springframework.ai.embedding.Embedding;
import org.springframework.ai.embedding.EmbeddingModel;
import org.springframework.ai.embedding.EmbeddingRequest;
import org.springframework.ai.embedding.EmbeddingResponse;

/**
 * all-MiniLM-L6-v2, run in process from the ONNX model inside its Maven jar, behind
 * Spring AI's {@link EmbeddingModel}. Spring AI's own transformers model would start DJL,
 * which downloads native code at run time; this one needs nothing from the network. The
 * model loads on first use (about two seconds).
 */
public class LocalEmbeddingModel implements EmbeddingModel {

	public static final String MODEL_ID = "all-minilm-l6-v2@langchain4j-1.20.0-beta30";

	public static final int DIMENSIONS = 384;

	private volatile AllMiniLmL6V2EmbeddingModel model;

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

	private AllMiniLmL6V2EmbeddingModel model() {
		AllMiniLmL6V2EmbeddingModel loaded = model;
		if (loaded == null) {
			synchronized (this) {
				if (model == null) {
					model = new AllMiniLmL6V2EmbeddingModel(Runnable::run);
				}
				loaded = model;
			}
		}
		return loaded;
	}

}
