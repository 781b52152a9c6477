package uk.opcc.quorum.knowledge.answer;

import java.util.List;

import org.junit.jupiter.api.Test;

import uk.opcc.quorum.knowledge.Answer;
import uk.opcc.quorum.knowledge.index.Hit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The answer's first line is the one that answers: the kind of fact asked for, beside the
 * question's words.
 */
class ExtractiveAnswererTests {

	@Test
	void theLineWithTheAskedForAmountComesFirst() {
		Hit passage = new Hit("p-1", "d-1", "Budget 2021/22", "Net budget", """
				The net revenue budget is set by the commissioner each year after consulting the public.
				The budget pays for officers, staff and the police estate across the county.
				For 2021/22 the net revenue budget is £183.1m.""", 1, 0.8);
		Answer answer = ExtractiveAnswerer.answer("how much is the net revenue budget for 2021/22?", List.of(passage),
				Answer.Mode.EXTRACTIVE);
		assertThat(answer.text().lines().findFirst())
			.hasValueSatisfying(first -> assertThat(first).contains("£183.1m"));
	}

	@Test
	void aQuestionForAPersonLeadsWithTheNamedHolder() {
		Hit passage = new Hit("p-1", "d-1", "Office structure", "Statutory officers", """
				The Chief Executive is the head of paid service and the Monitoring Officer.
				The Chief Executive of the office is Jane Example.""", 1, 0.8);
		Answer answer = ExtractiveAnswerer.answer("who is our chief executive?", List.of(passage),
				Answer.Mode.EXTRACTIVE);
		assertThat(answer.text().lines().findFirst()).hasValueSatisfying(first -> assertThat(first).contains("Jane"));
	}

}
