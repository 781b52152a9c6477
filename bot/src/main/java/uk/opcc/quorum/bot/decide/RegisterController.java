package uk.opcc.quorum.bot.decide;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.ModelAndView;

import uk.opcc.quorum.decisions.DecisionException;
import uk.opcc.quorum.decisions.Register;

/**
 * The public decisions register: open to anyone, without an API key. Part 1 only. Pages
 * are the templates under {@code templates/register/}.
 */
@Controller
class RegisterController {

	private final Register register;

	RegisterController(Register register) {
		this.register = register;
	}

	/**
	 * The register, searched with {@code q} and sorted with {@code sort} (number, date,
	 * title) and {@code order} (asc, desc) on the server: a plain form and plain links.
	 */
	@GetMapping(path = "/register", produces = MediaType.TEXT_HTML_VALUE)
	String index(@RequestParam(required = false) String q, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String order, Model model) {
		model.addAttribute("table", RegisterTable.of(register.entries(q), q, sort, order));
		return "register/index";
	}

	@GetMapping(path = "/register/feed.atom", produces = "application/atom+xml;charset=UTF-8")
	@ResponseBody
	String feed() {
		return register.feed();
	}

	@GetMapping(path = "/register/forward-plan", produces = MediaType.TEXT_HTML_VALUE)
	String forwardPlan(Model model) {
		model.addAttribute("planned", register.forwardPlan());
		return "register/forward-plan";
	}

	@GetMapping(path = "/register/{slug}", produces = MediaType.TEXT_HTML_VALUE)
	String notice(@PathVariable String slug, Model model) {
		model.addAttribute("notice", register.notice(slug));
		return "register/notice";
	}

	/** The number as people type it: /register/2026/003 is the page of 2026/003. */
	@GetMapping(path = "/register/{first}/{second}", produces = MediaType.TEXT_HTML_VALUE)
	String noticeByNumber(@PathVariable String first, @PathVariable String second, Model model) {
		return notice(first + "-" + second, model);
	}

	@ExceptionHandler(DecisionException.class)
	ModelAndView notFound(DecisionException ex) {
		ModelAndView page = new ModelAndView("site/problem", DecisionErrors.status(ex.reason()));
		page.addObject("status", page.getStatus().value());
		page.addObject("message", ex.getMessage());
		page.addObject("back", "/register");
		page.addObject("backLabel", "Decisions register");
		page.addObject("section", "register");
		return page;
	}

}
