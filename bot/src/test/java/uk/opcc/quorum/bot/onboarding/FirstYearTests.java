package uk.opcc.quorum.bot.onboarding;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The statutory dates of a first year, counted from polling day. */
class FirstYearTests {

	@Test
	void datesFollowFromPollingDay() {
		List<Milestone> dates = FirstYear.milestones(LocalDate.of(2028, 5, 4), 28);
		assertThat(dates).extracting(Milestone::date)
			.isSorted()
			.containsExactly(LocalDate.of(2028, 5, 4), LocalDate.of(2028, 5, 8), LocalDate.of(2028, 6, 5),
					LocalDate.of(2029, 2, 1), LocalDate.of(2029, 2, 8), LocalDate.of(2029, 2, 15),
					LocalDate.of(2029, 2, 22), LocalDate.of(2029, 3, 1), LocalDate.of(2029, 3, 31),
					LocalDate.of(2029, 4, 1));
		assertThat(dates.get(1).title()).contains("declaration of acceptance of office");
	}

	@Test
	void theDefaultIsTheFirstYearUnderWayOrTheNext() {
		// polls on the first Thursday in May every four years since 2024
		assertThat(FirstYear.defaultPollingDay(LocalDate.of(2024, 6, 1))).isEqualTo(LocalDate.of(2024, 5, 2));
		assertThat(FirstYear.defaultPollingDay(LocalDate.of(2025, 5, 5))).isEqualTo(LocalDate.of(2024, 5, 2));
		assertThat(FirstYear.defaultPollingDay(LocalDate.of(2025, 5, 6))).isEqualTo(LocalDate.of(2028, 5, 4));
		assertThat(FirstYear.defaultPollingDay(LocalDate.of(2026, 11, 29))).isEqualTo(LocalDate.of(2028, 5, 4));
		assertThat(FirstYear.defaultPollingDay(LocalDate.of(2028, 4, 30))).isEqualTo(LocalDate.of(2028, 5, 4));
		assertThat(FirstYear.takingOffice(LocalDate.of(2028, 5, 4))).isEqualTo(LocalDate.of(2028, 5, 8));
	}

}
