package uk.opcc.quorum.knowledge.embed;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

import org.bson.Document;
import org.bson.types.Binary;

import org.springframework.ai.embedding.EmbeddingModel;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Embeddings of passages, cached in MongoDB by a hash of model and text: embedding is the
 * slow part of indexing (about 50 passages a second on two cores), so a restart or an
 * index rebuild must not pay for it again.
 */
public class CachedEmbeddings {

	static final String COLLECTION = "knowledge_embeddings";

	private static final int LOOKUP_BATCH = 500;

	private final EmbeddingModel model;

	private final String modelId;

	private final MongoTemplate mongo;

	private final String queryPrefix;

	private final String passagePrefix;

	/**
	 * @param queryPrefix put before a question, for models trained with one (e5: "query:
	 * ")
	 * @param passagePrefix put before a passage, likewise
	 */
	public CachedEmbeddings(EmbeddingModel model, String modelId, MongoTemplate mongo, String queryPrefix,
			String passagePrefix) {
		this.model = model;
		this.queryPrefix = queryPrefix;
		this.passagePrefix = passagePrefix;
		this.modelId = modelId;
		this.mongo = mongo;
	}

	public float[] passage(String text) {
		return passages(List.of(text)).get(0);
	}

	/**
	 * Embeddings of many texts, in order: one look-up in the cache for all of them, and
	 * the model only for those it lacks.
	 */
	public List<float[]> passages(List<String> texts) {
		return passages(texts, done -> {
		});
	}

	/**
	 * As {@link #passages(List)}, telling {@code done} how many texts have a vector so
	 * far: first the cached ones, then one more after each the model embeds.
	 */
	public List<float[]> passages(List<String> texts, IntConsumer done) {
		List<String> keys = texts.stream().map(text -> hash(modelId + "\n" + text)).toList();
		Map<String, float[]> found = new HashMap<>();
		for (int from = 0; from < keys.size(); from += LOOKUP_BATCH) {
			List<String> batch = keys.subList(from, Math.min(keys.size(), from + LOOKUP_BATCH));
			mongo.find(Query.query(Criteria.where("_id").in(batch)), Document.class, COLLECTION)
				.forEach(cached -> found.put(cached.getString("_id"),
						fromBytes(cached.get("vector", Binary.class).getData())));
		}
		List<float[]> vectors = new ArrayList<>(texts.size());
		List<Document> fresh = new ArrayList<>();
		int ready = (int) keys.stream().filter(found::containsKey).count();
		done.accept(ready);
		for (int i = 0; i < texts.size(); i++) {
			float[] vector = found.get(keys.get(i));
			if (vector == null) {
				vector = model.embed(passagePrefix + texts.get(i));
				found.put(keys.get(i), vector);
				fresh.add(new Document("_id", keys.get(i)).append("vector", new Binary(toBytes(vector))));
				done.accept(++ready);
			}
			vectors.add(vector);
		}
		for (Document document : fresh) {
			try {
				mongo.insert(document, COLLECTION);
			}
			catch (DuplicateKeyException ex) {
				// another ingestion embedded the same text meanwhile; either copy is
				// right
			}
		}
		return vectors;
	}

	public float[] query(String text) {
		return model.embed(queryPrefix + text);
	}

	public String modelId() {
		return modelId;
	}

	public static String hash(String text) {
		return hash(text.getBytes(StandardCharsets.UTF_8));
	}

	public static String hash(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] toBytes(float[] vector) {
		ByteBuffer buffer = ByteBuffer.allocate(vector.length * Float.BYTES);
		buffer.asFloatBuffer().put(vector);
		return buffer.array();
	}

	private static float[] fromBytes(byte[] bytes) {
		float[] vector = new float[bytes.length / Float.BYTES];
		ByteBuffer.wrap(bytes).asFloatBuffer().get(vector);
		return vector;
	}

}
