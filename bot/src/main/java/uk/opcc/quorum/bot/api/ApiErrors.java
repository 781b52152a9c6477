package uk.opcc.quorum.bot.api;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/** Every refusal of the REST API is a problem document with a plain sentence; no stack trace ever leaves. */
@RestControllerAdvice(basePackages = "uk.opcc.quorum.bot")
class ApiErrors {

	private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

	@ExceptionHandler(ApiProblem.class)
	ProblemDetail problem(ApiProblem problem) {
		return ProblemDetail.forStatusAndDetail(problem.status(), problem.getMessage());
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ProblemDetail unreadable(HttpMessageNotReadableException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, BodyProblems.describe(ex));
	}

	@ExceptionHandler({ MissingServletRequestPartException.class, MissingServletRequestParameterException.class })
	ProblemDetail missing(Exception ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail mismatch(MethodArgumentTypeMismatchException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "'" + ex.getValue() + "' is not a valid "
				+ ex.getName() + " (expected " + BodyProblems.expected(ex.getParameter().getNestedParameterType()) + ").");
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ProblemDetail mediaType(HttpMediaTypeNotSupportedException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
				"Content type " + ex.getContentType() + " is not accepted here.");
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ProblemDetail tooLarge(MaxUploadSizeExceededException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
				"The upload is larger than Quorum accepts (files up to spring.servlet.multipart.max-file-size, forms "
						+ "of up to server.tomcat.max-part-count parts).");
	}

	/** Truncated bodies, a missing boundary or too many parts all surface here when the form is first read. */
	@ExceptionHandler(MultipartException.class)
	ProblemDetail malformedForm(MultipartException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The upload is not a well-formed "
				+ "multipart/form-data body (it may be truncated, lack its boundary, or have more parts than Quorum "
				+ "accepts).");
	}

	/** The firewall checks parameters when they are first read, which can be inside a controller. */
	@ExceptionHandler(RequestRejectedException.class)
	ProblemDetail rejected(RequestRejectedException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The request's parameters hold characters Quorum does not accept (a control character).");
	}

	@ExceptionHandler(RuntimeException.class)
	ProblemDetail unexpected(RuntimeException ex) {
		log.error("Unexpected error in the REST API", ex);
		return ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				"Something went wrong on Quorum's side; nothing was changed. The error has been logged.");
	}

}
