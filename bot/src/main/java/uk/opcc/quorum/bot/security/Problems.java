package uk.opcc.quorum.bot.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * The refusals Spring Security makes before any controller runs, written as the same
 * problem documents the controllers answer with: 401 with what to send, 403 with what is
 * missing, 400 for a request the firewall rejects.
 */
class Problems implements AuthenticationEntryPoint, AccessDeniedHandler, RequestRejectedHandler {

	private final JsonMapper json;

	private final String signInAdvice;

	Problems(JsonMapper json, String signInAdvice) {
		this.json = json;
		this.signInAdvice = signInAdvice;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		String detail = ex instanceof CallerRefused refused ? refused.getMessage() : signInAdvice;
		write(response, HttpStatus.UNAUTHORIZED, detail);
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		write(response, HttpStatus.FORBIDDEN, "Your roles do not allow this.");
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException ex)
			throws IOException {
		write(response, HttpStatus.BAD_REQUEST,
				"The request's address or parameters hold characters Quorum does not accept (such as ';', an encoded "
						+ "slash or dot, or a control character).");
	}

	void write(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
		if (response.isCommitted()) {
			return;
		}
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(), ProblemDetail.forStatusAndDetail(status, detail));
	}

	/** A credential that was sent but is wrong, with the sentence saying why. */
	static final class CallerRefused extends AuthenticationException {

		CallerRefused(String detail) {
			super(detail);
		}

	}

}
