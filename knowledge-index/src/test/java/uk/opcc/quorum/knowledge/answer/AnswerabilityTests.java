package uk.opcc.quorum.knowledge.answer;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.opcc.quorum.knowledge.index.Hit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The kind of fact a question asks for must be in the passage, beside what it is about.
 */
class AnswerabilityTests {

	/**
	 * Thresholds out of the way, every word known and "efficiency" rarer than "reserve".
	 */
	private final Answerability answerability = new Answerability(0, 0, Map.of(),
			term -> term.startsWith("effici") ? 1 : 5, prefix -> true, 10);

	@Test
	void anAmountMustSitBesideWhatIsAskedAbout() {
		String question = "how much is in the efficiency reserve?";
		assertThat(answerability.answers(question,
				List.of(hit(
						"Total reserves were £16.8m in March 2021. The efficiency reserve funds change projects."))))
			.isFalse();
		assertThat(answerability.answers(question, List.of(hit("The efficiency reserve holds £2.1m for change."))))
			.isTrue();
	}

	@Test
	void aPostHolderQuestionNeedsAName() {
		String question = "who is our chief executive?";
		assertThat(answerability.answers(question,
				List.of(hit("The Chief Executive leads the office and is the Monitoring Officer."))))
			.isFalse();
		assertThat(answerability.answers(question,
				List.of(hit("The Chief Executive, Mark Stokes, leads the office and is the Monitoring Officer."))))
			.isTrue();
	}

	private static Hit hit(String text) {
		return new Hit("p-1", "d-1", "Office structure", "Posts", text, 1, 0.9);
	}

}
