package uk.opcc.quorum.bot;

import java.io.IOException;

import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/**
 * Trial mode's way of saying who calls the REST API (X-Quorum-User, from this machine): a
 * test names the user it acts for once, and a request that names someone else keeps its
 * own header.
 */
public final class TrialCallers {

	private TrialCallers() {
	}

	public static void actAs(TestRestTemplate http, String user) {
		var interceptors = http.getRestTemplate().getInterceptors();
		interceptors.removeIf(DefaultUser.class::isInstance);
		interceptors.add(new DefaultUser(user));
	}

	/** Requests name nobody unless they say so themselves. */
	public static void nobody(TestRestTemplate http) {
		http.getRestTemplate().getInterceptors().removeIf(DefaultUser.class::isInstance);
	}

	private record DefaultUser(String user) implements ClientHttpRequestInterceptor {

		@Override
		public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
				throws IOException {
			if (request.getHeaders().getFirst("X-Quorum-User") == null) {
				request.getHeaders().set("X-Quorum-User", user);
			}
			return execution.execute(request, body);
		}

	}

}
