package uk.opcc.quorum.bot.onboarding;

import java.util.List;
import java.util.Map;

import uk.opcc.quorum.bot.ask.AnswerCard;
import uk.opcc.quorum.bot.card.Card;
import uk.opcc.quorum.knowledge.Answer;

/**
 * One topic as a card: its title, where it sits in the programme, each question with the
 * answer Ask gives and the passages cited, a box to ask more about it, and the way on.
 */
final class TopicCard {

	static final String NEXT = "onboarding.next";

	static final String ASK = "onboarding.ask";

	static final String START = "onboarding.start";

	static final String FIRST_YEAR = "onboarding.first-year";

	private TopicCard() {
	}

	/** A question of the topic and what Ask answered. */
	record Answered(String question, Answer answer) {
	}

	static Card of(Topic topic, int position, int total, int done, List<Answered> answers, boolean office) {
		Card card = Card.create()
			.heading(topic.title())
			.subtle("Topic " + position + " of " + total + (done == 0 ? "" : " (" + done + " done)")
					+ ". The answers come from the office's documents; each cites its passage.");
		for (Answered answered : answers) {
			card.text("**" + answered.question() + "**");
			AnswerCard.cited(card, answered.answer());
		}
		card.textInput("question", "Ask about this topic", null, false, false)
			.action("Ask about this", ASK, Map.of("topic", topic.id()))
			.action("Next topic", NEXT, Map.of("topic", topic.id()));
		if (office) {
			card.action("Your first year", FIRST_YEAR, Map.of());
		}
		return card;
	}

	/** The end of the programme. */
	static Card finished(int total, boolean office) {
		Card card = Card.create()
			.heading("You have been through every topic")
			.text("That was all " + total + " topics. Ask me anything about the role at any time: type your question "
					+ "in this chat, and the answer comes from the office's documents with the passages cited.");
		card.action("Start over", START, Map.of("over", true));
		if (office) {
			card.action("Your first year", FIRST_YEAR, Map.of());
		}
		return card;
	}

}
