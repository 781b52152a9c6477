package uk.opcc.quorum.knowledge.answer;

import java.util.List;
import java.util.Set;

/**
 * Points a question the documents do not answer at the person in the office most likely
 * to know.
 */
final class WhoToAsk {

	private record Rule(Set<String> terms, String who) {
	}

	private static final List<Rule> RULES = List.of(
			new Rule(Terms.of("budget precept finance financial reserves council tax money funding grant spend cost "
					+ "savings treasurer section 151 audit"), "the Chief Finance Officer"),
			new Rule(Terms.of("legal law lawful propriety decision notice conduct complaint standards monitoring "
					+ "governance constitution"), "the Chief Executive, who is also the Monitoring Officer"),
			new Rule(Terms.of("meeting board agenda minutes forum papers secretary date"), "the board secretary"),
			new Rule(Terms.of("victims commissioning commissioned services contract grants partnership"),
					"the Director of Policy and Commissioning"),
			new Rule(Terms.of("performance scrutiny inspection inspectorate hmicfrs plan accountability"),
					"the Director of Performance and Scrutiny"),
			new Rule(Terms.of("media press communications website publicity consultation"),
					"the Head of Communications"));

	private WhoToAsk() {
	}

	static String forQuestion(String question) {
		Set<String> terms = Terms.of(question);
		return RULES.stream()
			.filter(rule -> rule.terms().stream().anyMatch(terms::contains))
			.map(Rule::who)
			.findFirst()
			.orElse("the OPCC's Chief Executive's office");
	}

}
