package uk.opcc.quorum.bot.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;

import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/**
 * Graph's rules for trying again, around the signed-in call: a throttled or briefly
 * unavailable call (429, 503, 504) after Graph's Retry-After, and a token Graph refuses
 * (401) replaced once: the sign-in interceptor inside this one has dropped it by then, so
 * the next try fetches a new one. Whatever the last answer was is handed on as it came,
 * for the caller to read.
 */
final class GraphRetries implements ClientHttpRequestInterceptor {

	static final Set<Integer> RETRYABLE = Set.of(429, 503, 504);

	private final RetryAfterPolicy policy;

	GraphRetries(RetryAfterPolicy policy) {
		this.policy = policy;
	}

	@Override
	public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
			throws IOException {
		ClientHttpResponse response = withRetries(request, body, execution);
		if (response.getStatusCode().value() == 401) {
			response.close();
			response = withRetries(request, body, execution);
		}
		return response;
	}

	private ClientHttpResponse withRetries(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
			throws IOException {
		Tries tries = new Tries(request, body, execution);
		try {
			return policy.call(tries::next, Tries::refusal);
		}
		catch (Answered answered) {
			return answered.response;
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
	}

	/**
	 * An error answer, thrown so the policy can judge it; it stays open in case it is the
	 * last.
	 */
	private static final class Answered extends RuntimeException {

		private final transient ClientHttpResponse response;

		private final int status;

		private final String retryAfter;

		Answered(ClientHttpResponse response) throws IOException {
			super(null, null, false, false);
			this.response = response;
			this.status = response.getStatusCode().value();
			this.retryAfter = response.getHeaders().getFirst("Retry-After");
		}

	}

	private static final class Tries {

		private final HttpRequest request;

		private final byte[] body;

		private final ClientHttpRequestExecution execution;

		private ClientHttpResponse previous;

		Tries(HttpRequest request, byte[] body, ClientHttpRequestExecution execution) {
			this.request = request;
			this.body = body;
			this.execution = execution;
		}

		ClientHttpResponse next() {
			if (previous != null) {
				previous.close();
			}
			try {
				ClientHttpResponse response = execution.execute(request, body);
				if (response.getStatusCode().isError()) {
					previous = response;
					throw new Answered(response);
				}
				return response;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		static RetryAfterPolicy.Refusal refusal(Throwable failure) {
			return failure instanceof Answered answered
					? new RetryAfterPolicy.Refusal(answered.status, answered.retryAfter)
					: RetryAfterPolicy.Refusal.NONE;
		}

	}

}
