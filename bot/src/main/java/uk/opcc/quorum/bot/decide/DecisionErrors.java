package uk.opcc.quorum.bot.decide;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import uk.opcc.quorum.decisions.DecisionException;

/**
 * The decisions module's refusals as problem documents; ordered first so the API's
 * catch-all does not take them.
 */
@RestControllerAdvice(basePackages = "uk.opcc.quorum.bot.decide")
@Order(Ordered.HIGHEST_PRECEDENCE)
class DecisionErrors {

	@ExceptionHandler(DecisionException.class)
	ProblemDetail refused(DecisionException ex) {
		return ProblemDetail.forStatusAndDetail(status(ex.reason()), ex.getMessage());
	}

	static HttpStatus status(DecisionException.Reason reason) {
		return switch (reason) {
			case NOT_FOUND -> HttpStatus.NOT_FOUND;
			case INVALID -> HttpStatus.BAD_REQUEST;
			case CONFLICT -> HttpStatus.CONFLICT;
			case FORBIDDEN -> HttpStatus.FORBIDDEN;
		};
	}

}
