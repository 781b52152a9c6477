package uk.opcc.quorum.bot.api;

import java.net.InetAddress;
import java.net.UnknownHostException;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Whether a request comes from this machine: what the REST API and the chat page allow
 * without a key.
 */
public final class Loopback {

	private Loopback() {
	}

	public static boolean isLocal(HttpServletRequest request) {
		try {
			return InetAddress.getByName(request.getRemoteAddr()).isLoopbackAddress();
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}

}
