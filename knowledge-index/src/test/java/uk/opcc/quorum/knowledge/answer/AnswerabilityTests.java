package uk.opcc.quorum.knowledge.answer;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.opcc.quorum.knowledge.index.Hit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The signals that the answerability model weighs, measured with the shipped embedding
 * model.
 */
class AnswerabilityTests {

	private final EmbeddedPassages passages = new EmbeddedPassages();

	/** Every word known and "efficiency" rarer than "reserve". */
	private final Answerability answerability = new Answerability(Map.of(), term -> term.startsWith("effici") ? 1 : 5,
			prefix -> true, 10);

	@Test
	void anAmountAboutSomethingElseDoesNotCountAsTheAskedForFact() {
		String question = "how much is in the efficiency reserve?";
		Signals elsewhere = signals(question, "Reserves",
				"Total reserves were £16.8m in March 2021.\nThe efficiency reserve funds change projects.");
		Signals beside = signals(question, "Reserves",
				"Total reserves were reviewed in March 2021.\nThe efficiency reserve holds £2.1m for change projects.");
		assertThat(beside.kindSimilarity()).isGreaterThan(elsewhere.kindSimilarity());
		assertThat(beside.kindOverlap()).isGreaterThan(elsewhere.kindOverlap());
	}

	@Test
	void aCountOfSomethingElseIsNotTheCountAskedFor() {
		String question = "how many police officers does the force have?";
		Signals meetings = signals(question, "Boards", "The board has held 45 meetings since 2016.");
		Signals officers = signals(question, "Workforce", "The force employs 1,800 police officers and 900 staff.");
		Signals inWords = signals(question, "Workforce", "The office has two statutory officers.");
		assertThat(meetings.kindSimilarity()).isZero();
		assertThat(officers.kindSimilarity()).isPositive();
		assertThat(inWords.kindSimilarity()).isPositive();
	}

	@Test
	void aWhenQuestionIsMetByAMonthOrASeason() {
		String question = "when is the depot disposal scheduled?";
		assertThat(signals(question, "Depot", "The depot disposal is scheduled for the spring estates board.")
			.kindSimilarity()).isPositive();
		assertThat(signals(question, "Depot", "The depot disposal goes to the board in March.").kindSimilarity())
			.isPositive();
		assertThat(signals(question, "Depot", "The depot disposal goes to the estates board.").kindSimilarity())
			.isZero();
	}

	@Test
	void aQuestionForAPersonFindsNoPersonInADescriptionOfThePost() {
		String question = "who is our chief executive?";
		Signals described = signals(question, "Posts",
				"The Chief Executive leads the office and is the Monitoring Officer.");
		Signals named = signals(question, "Posts",
				"The Chief Executive, Mark Stokes, leads the office and is the Monitoring Officer.");
		assertThat(described.kindSimilarity()).isZero();
		assertThat(named.kindSimilarity()).isPositive();
	}

	@Test
	void anIdentifierNoDocumentUsesIsNotKnown() {
		Answerability nothingKnown = new Answerability(Map.of(), term -> term.equals("band") ? 3 : 0, prefix -> false,
				10);
		assertThat(nothingKnown.identifiersKnown("band q precept")).isFalse();
		assertThat(answerability.identifiersKnown("band q precept")).isTrue();
	}

	@Test
	void theShippedModelAnswersAClearMatchAndRefusesAStranger() {
		AskModel model = AskModel.shipped();
		String question = "who is our chief executive?";
		assertThat(model.answers(signals(question, "Statutory officers",
				"The Chief Executive of the office is Mark Stokes, who is also the Monitoring Officer.")))
			.isTrue();
		assertThat(model.answers(signals("what time does the ferry leave on sundays?", "Statutory officers",
				"The Chief Executive of the office is Mark Stokes, who is also the Monitoring Officer.")))
			.isFalse();
	}

	private Signals signals(String question, String section, String text) {
		Hit hit = passages.hit(section, text, question);
		return answerability.signals(question, List.of(hit), passages.units(question, hit));
	}

}
