package uk.opcc.quorum.knowledge.answer;

import java.util.List;

import org.junit.jupiter.api.Test;

import uk.opcc.quorum.knowledge.Answer;
import uk.opcc.quorum.knowledge.index.Hit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The answer's first line is the one that answers: the kind of fact asked for, close in
 * meaning to the question.
 */
class ExtractiveAnswererTests {

	private final EmbeddedPassages passages = new EmbeddedPassages();

	@Test
	void theLineWithTheAskedForAmountComesFirst() {
		String question = "how much is the net revenue budget for 2021/22?";
		Answer answer = answer(question, "Net budget", """
				The net revenue budget is set by the commissioner each year after consulting the public.
				The budget pays for officers, staff and the police estate across the county.
				For 2021/22 the net revenue budget is £183.1m.""");
		assertThat(answer.text().lines().findFirst())
			.hasValueSatisfying(first -> assertThat(first).contains("£183.1m"));
	}

	@Test
	void aQuestionForAPersonLeadsWithTheNamedHolder() {
		Answer answer = answer("who is our chief executive?", "Statutory officers", """
				The Chief Executive is the head of paid service and the Monitoring Officer.
				The Chief Executive of the office is Jane Example.""");
		assertThat(answer.text().lines().findFirst()).hasValueSatisfying(first -> assertThat(first).contains("Jane"));
	}

	@Test
	void aQuestionForAListGetsEveryItemOfTheRun() {
		String text = """
				Commissioned services
				- Victim support hub
				- Sexual violence counselling
				- Domestic abuse advocates
				- Restorative justice service
				- Youth diversion scheme
				Each contract is reviewed every year against its outcomes and value for money, and the results are reported to the Strategic Governance Board.""";
		Answer list = answer("which services do we commission?", "Services", text);
		assertThat(list.text()).contains("Victim support hub", "Sexual violence counselling",
				"Domestic abuse advocates", "Restorative justice service", "Youth diversion scheme");
		Answer one = answer("do we commission domestic abuse advocates?", "Services", text);
		assertThat(one.text().lines().count()).isLessThan(list.text().lines().count());
	}

	@Test
	void everyQuotedLineCarriesItsCitationMarker() {
		Answer answer = answer("when does the panel meet?", "Panel", """
				The panel meets four times a year.
				Its meetings are held in public at County Hall.""");
		assertThat(answer.text().lines()).allSatisfy(line -> assertThat(line).endsWith("[1]"));
		assertThat(answer.citations()).hasSize(1);
	}

	private Answer answer(String question, String section, String text) {
		Hit hit = passages.hit(section, text, question);
		return ExtractiveAnswerer.answer(passages.units(question, hit), List.of(hit), AskModel.shipped(),
				FactKind.asksForList(question), Answer.Mode.EXTRACTIVE);
	}

}
