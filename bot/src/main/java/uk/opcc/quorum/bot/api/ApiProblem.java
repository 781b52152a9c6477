package uk.opcc.quorum.bot.api;

import org.springframework.http.HttpStatus;

/**
 * A request the REST API refuses, with a sentence for the caller; rendered as RFC 9457
 * problem details.
 */
public class ApiProblem extends RuntimeException {

	private final HttpStatus status;

	public ApiProblem(HttpStatus status, String detail) {
		super(detail);
		this.status = status;
	}

	public HttpStatus status() {
		return status;
	}

	public static ApiProblem badRequest(String detail) {
		return new ApiProblem(HttpStatus.BAD_REQUEST, detail);
	}

	public static ApiProblem notFound(String detail) {
		return new ApiProblem(HttpStatus.NOT_FOUND, detail);
	}

}
