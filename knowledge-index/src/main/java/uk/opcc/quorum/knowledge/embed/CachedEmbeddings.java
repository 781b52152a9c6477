package uk.opcc.quorum.knowledge.embed;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.bson.Document;
import org.bson.types.Binary;

import org.springframework.ai.embedding.EmbeddingModel;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Embeddings of passages, cached in MongoDB by a hash of model and text: embedding is the
 * slow part of indexing (about 50 passages a second on two cores), so a restart or an
 * index rebuild must not pay for it again.
 */
public class CachedEmbeddings {

	static final String COLLECTION = "knowledge_embeddings";

	private final EmbeddingModel model;

	private final String modelId;

	private final MongoTemplate mongo;

	public CachedEmbeddings(EmbeddingModel model, String modelId, MongoTemplate mongo) {
		this.model = model;
		this.modelId = modelId;
		this.mongo = mongo;
	}

	public float[] passage(String text) {
		String key = hash(modelId + "\n" + text);
		Document cached = mongo.findById(key, Document.class, COLLECTION);
		if (cached != null) {
			return fromBytes(cached.get("vector", Binary.class).getData());
		}
		float[] vector = model.embed(text);
		try {
			mongo.insert(new Document("_id", key).append("vector", new Binary(toBytes(vector))), COLLECTION);
		}
		catch (DuplicateKeyException ex) {
			// another ingestion embedded the same text meanwhile; either copy is right
		}
		return vector;
	}

	public float[] query(String text) {
		return model.embed(text);
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
