package uk.opcc.quorum.knowledge.answer;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Agreement on what a question pins down: years, financial years in their several
 * spellings, offices, numbers.
 */
class SpecificsTests {

	@Test
	void financialYearsInEverySpellingAreOne() {
		for (String written : new String[] { "2021/22", "2021-22", "2021/2022", "2021-2022", "2021 to 2022", "21/22",
				"FY21/22", "2021–22" }) {
			assertThat(Specifics.of("what was the budget for " + written + "?").financialYears()).as(written)
				.containsExactly("2021/22");
		}
	}

	@Test
	void aFinancialYearIsNotAlsoACalendarYearOrANumber() {
		Specifics asked = Specifics.of("net budget 2021/22 and the precept in 2023");
		assertThat(asked.financialYears()).containsExactly("2021/22");
		assertThat(asked.years()).containsExactly("2023");
		assertThat(asked.documentNumbers()).isEmpty();
	}

	@Test
	void decisionNumbersAreToldApartFromFinancialYears() {
		assertThat(Specifics.of("what was decision 073/2013 about").documentNumbers()).containsExactly("73/2013");
		assertThat(Specifics.of("status of 2027/004?").documentNumbers()).containsExactly("2027/4");
		assertThat(Specifics.of("notice 018-2020").documentNumbers()).containsExactly("18/2020");
		assertThat(Specifics.of("notice 018-2020").years()).isEmpty();
	}

	@Test
	void amountsAndPercentagesAreNotYears() {
		assertThat(Specifics.of("reserves of £2021 and 2019% growth").years()).isEmpty();
	}

	@Test
	void placesAreFoundByFullNameAndShortForm() {
		assertThat(Specifics.of("how many staff in the cambs office?").places()).containsExactly("Cambridgeshire");
		assertThat(Specifics.of("OPCCN budget").places()).containsExactly("Norfolk");
		assertThat(Specifics.of("Suffolk's reserves").places()).containsExactly("Suffolk");
		assertThat(Specifics.of("west midlands plan").places()).containsExactly("West Midlands");
		assertThat(Specifics.of("what does our panel do?").places()).isEmpty();
	}

	@Test
	void aPassageForAnotherYearDisagreesAndSaysWhichYearItHas() {
		Specifics asked = Specifics.of("band d precept for 2022/23");
		Optional<Specifics.Disagreement> other = asked
			.disagreement(Specifics.of("The Band D precept for 2021/22 is £278.01."));
		assertThat(other).contains(new Specifics.Disagreement("2022/23", Optional.of("2021/22")));
		assertThat(asked.disagreement(Specifics.of("In 2022-23 the Band D precept rose to £293.01."))).isEmpty();
	}

	@Test
	void aCalendarYearIsMetByAFinancialYearThatSpansIt() {
		assertThat(Specifics.of("budget in 2021").disagreement(Specifics.of("budget for 2021/22"))).isEmpty();
		assertThat(Specifics.of("budget in 2021").disagreement(Specifics.of("budget for 2019/20"))).isPresent();
	}

	@Test
	void anotherOfficesPassageDisagrees() {
		assertThat(Specifics.of("how many staff does the cambs opcc have")
			.disagreement(Specifics.of("Office of the Police and Crime Commissioner for Norfolk: 26 staff")))
			.contains(new Specifics.Disagreement("Cambridgeshire", Optional.of("Norfolk")));
	}

	@Test
	void aBritishDateGivesItsYear() {
		assertThat(Specifics.of("reserves at 31/3/25").years()).containsExactly("2025");
		assertThat(Specifics.of("reserves at 31/03/2025").years()).containsExactly("2025");
		assertThat(Specifics.of("reserves at 31/3/25").documentNumbers()).isEmpty();
		assertThat(Specifics.of("where will reserves be by march 2025")
			.disagreement(Specifics.of("Forecast: £12.8m by 31/3/25"))).isEmpty();
	}

	@Test
	void aRunOfYearsIsMetByAnyYearWithinIt() {
		Specifics asked = Specifics.of("how many decision notices did we publish 2016-2021");
		assertThat(asked.periods()).containsExactly("2016-2021");
		assertThat(asked.documentNumbers()).isEmpty();
		assertThat(asked.disagreement(Specifics.of("Since 2016 the PCC has published 202 decision notices.")))
			.isEmpty();
		assertThat(asked.disagreement(Specifics.of("In 2014 the PCC published 40 notices."))).isPresent();
	}

	@Test
	void aQuestionWithNoSpecificsAgreesWithAnything() {
		Specifics none = Specifics.of("what is the precept?");
		assertThat(none.isEmpty()).isTrue();
		assertThat(none.disagreement(Specifics.of("Norfolk 2021/22"))).isEmpty();
	}

}
