package uk.opcc.quorum.bot.decide;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

import uk.opcc.quorum.decisions.DecisionException;
import uk.opcc.quorum.decisions.Register;

/** The public decisions register: open to anyone, without an API key. Part 1 only. */
@RestController
class RegisterController {

	private final Register register;

	RegisterController(Register register) {
		this.register = register;
	}

	@GetMapping(path = "/register", produces = MediaType.TEXT_HTML_VALUE)
	String index(@RequestParam(required = false) String q) {
		return register.index(q);
	}

	@GetMapping(path = "/register/feed.atom", produces = "application/atom+xml;charset=UTF-8")
	String feed() {
		return register.feed();
	}

	@GetMapping(path = "/register/forward-plan", produces = MediaType.TEXT_HTML_VALUE)
	String forwardPlan() {
		return register.forwardPlan();
	}

	@GetMapping(path = "/register/{slug}", produces = MediaType.TEXT_HTML_VALUE)
	String notice(@PathVariable String slug) {
		return register.page(slug);
	}

	/** The number as people type it: /register/2026/003 is the page of 2026/003. */
	@GetMapping(path = "/register/{first}/{second}", produces = MediaType.TEXT_HTML_VALUE)
	String noticeByNumber(@PathVariable String first, @PathVariable String second) {
		return register.page(first + "-" + second);
	}

	@ExceptionHandler(DecisionException.class)
	ResponseEntity<String> notFound(DecisionException ex) {
		return ResponseEntity.status(DecisionErrors.status(ex.reason()))
			.contentType(MediaType.TEXT_HTML)
			.body("<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>Not found</title></head>"
					+ "<body><p>" + HtmlUtils.htmlEscape(ex.getMessage()) + "</p><p><a href=\"/register\">Decisions "
					+ "register</a></p></body></html>");
	}

}
