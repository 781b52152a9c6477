package uk.opcc.quorum.bot;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.Base64;

/**
 * RSA signing keys for test tokens, and the JSON Web Key Set a stand-in issuer publishes
 * for them.
 */
public final class TestKeys {

	private TestKeys() {
	}

	public static KeyPair rsa() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return generator.generateKeyPair();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A key set with one key; {@code extra} adds members to the key (for example the
	 * channels it endorses).
	 */
	public static String keySet(KeyPair keys, String keyId, String extra) {
		RSAPublicKey key = (RSAPublicKey) keys.getPublic();
		return "{\"keys\":[{\"kty\":\"RSA\",\"use\":\"sig\",\"kid\":\"" + keyId + "\",\"n\":\""
				+ base64(key.getModulus()) + "\",\"e\":\"" + base64(key.getPublicExponent()) + "\""
				+ (extra == null ? "" : "," + extra) + "}]}";
	}

	private static String base64(BigInteger value) {
		byte[] bytes = value.toByteArray();
		if (bytes[0] == 0) {
			bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
		}
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
