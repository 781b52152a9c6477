package uk.opcc.quorum.knowledge.index;

import java.nio.ByteBuffer;

import org.apache.lucene.util.BytesRef;

/** A passage's unit vectors as one stored field: count, dimensions, then the floats. */
final class UnitVectors {

	private UnitVectors() {
	}

	static byte[] write(float[][] vectors) {
		int dimensions = vectors.length == 0 ? 0 : vectors[0].length;
		ByteBuffer buffer = ByteBuffer.allocate(2 * Integer.BYTES + vectors.length * dimensions * Float.BYTES);
		buffer.putInt(vectors.length).putInt(dimensions);
		for (float[] vector : vectors) {
			for (float value : vector) {
				buffer.putFloat(value);
			}
		}
		return buffer.array();
	}

	static float[][] read(BytesRef bytes) {
		if (bytes == null) {
			return new float[0][];
		}
		ByteBuffer buffer = ByteBuffer.wrap(bytes.bytes, bytes.offset, bytes.length);
		float[][] vectors = new float[buffer.getInt()][buffer.getInt()];
		for (float[] vector : vectors) {
			for (int i = 0; i < vector.length; i++) {
				vector[i] = buffer.getFloat();
			}
		}
		return vectors;
	}

}
