package uk.opcc.quorum.bot.ask;

import java.util.Map;

import uk.opcc.quorum.bot.card.Card;
import uk.opcc.quorum.knowledge.Answer;
import uk.opcc.quorum.knowledge.Citation;

/**
 * The answer with numbered citations and thumbs up/down feedback; the onboarding
 * programme shows its answers with the same pieces.
 */
public final class AnswerCard {

	private AnswerCard() {
	}

	public static Card of(String question, Answer answer) {
		Card card = cited(Card.create().subtle(question), answer);
		Map<String, String> about = Map.of("question", question, "mode", answer.mode().name(), "grounded",
				String.valueOf(answer.grounded()));
		return card.action("Helpful", FeedbackAction.VERB, Map.of("useful", true, "about", about))
			.action("Not helpful", FeedbackAction.VERB, Map.of("useful", false, "about", about));
	}

	/** Adds the answer's text and then its citations, numbered as the text's markers. */
	public static Card cited(Card card, Answer answer) {
		card.text(answer.text());
		for (int i = 0; i < answer.citations().size(); i++) {
			Citation citation = answer.citations().get(i);
			card.subtle("[" + (i + 1) + "] " + citation.title()
					+ (citation.section().isBlank() ? "" : " - " + citation.section()) + ": \"" + citation.snippet()
					+ "\"");
		}
		return card;
	}

}
