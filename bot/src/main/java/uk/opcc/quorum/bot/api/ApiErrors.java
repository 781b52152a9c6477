package uk.opcc.quorum.bot.api;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import uk.opcc.quorum.knowledge.KnowledgeStarting;

/**
 * The one advice for REST errors: every refusal, Quorum's own or Spring MVC's (404, 405,
 * 415 ...), is a problem document with a plain sentence; no stack trace ever leaves.
 * Spring's base class answers the framework's exceptions as problem documents; the
 * overrides put sentences where its defaults say "Failed to read request".
 */
@RestControllerAdvice
class ApiErrors extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

	@ExceptionHandler(ApiProblem.class)
	ProblemDetail problem(ApiProblem problem) {
		return ProblemDetail.forStatusAndDetail(problem.status(), problem.getMessage());
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return refuse(HttpStatus.BAD_REQUEST, BodyProblems.describe(ex));
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return refuse(HttpStatus.BAD_REQUEST, "Send the parameter '" + ex.getParameterName() + "'.");
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestPart(MissingServletRequestPartException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return refuse(HttpStatus.BAD_REQUEST, "Send the form part '" + ex.getRequestPartName() + "'.");
	}

	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		Class<?> type = ex.getRequiredType() == null ? Object.class : ex.getRequiredType();
		return refuse(HttpStatus.BAD_REQUEST, "'" + ex.getValue() + "' is not a valid " + ex.getPropertyName()
				+ " (expected " + BodyProblems.expected(type) + ").");
	}

	@Override
	protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return refuse(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Content type " + ex.getContentType()
				+ " is not accepted here; send " + ex.getSupportedMediaTypes() + ".");
	}

	@Override
	protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return refuse(HttpStatus.CONTENT_TOO_LARGE, "The upload is larger than Quorum accepts (files up to "
				+ "spring.servlet.multipart.max-file-size, forms of up to server.tomcat.max-part-count parts).");
	}

	/**
	 * Truncated bodies, a missing boundary or too many parts all surface here when the
	 * form is first read.
	 */
	@ExceptionHandler(MultipartException.class)
	ProblemDetail malformedForm(MultipartException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The upload is not a well-formed "
				+ "multipart/form-data body (it may be truncated, lack its boundary, or have more parts than Quorum "
				+ "accepts).");
	}

	/**
	 * The firewall checks parameters when they are first read, which can be inside a
	 * controller.
	 */
	@ExceptionHandler(RequestRejectedException.class)
	ProblemDetail rejected(RequestRejectedException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The request's parameters hold characters Quorum does not accept (a control character).");
	}

	/**
	 * A question in the seconds after start, while the embedding model loads: 503 with
	 * the sentence and when to ask again.
	 */
	@ExceptionHandler(KnowledgeStarting.class)
	ResponseEntity<ProblemDetail> starting(KnowledgeStarting ex) {
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, Integer.toString(KnowledgeStarting.RETRY_AFTER_SECONDS))
			.body(ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, ex.getMessage()));
	}

	@ExceptionHandler(RuntimeException.class)
	ProblemDetail unexpected(RuntimeException ex) {
		log.error("Unexpected error in the REST API", ex);
		return ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				"Something went wrong on Quorum's side; nothing was changed. The error has been logged.");
	}

	private static ResponseEntity<Object> refuse(HttpStatus status, String detail) {
		return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, detail));
	}

}
