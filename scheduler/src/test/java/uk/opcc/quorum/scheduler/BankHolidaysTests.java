package uk.opcc.quorum.scheduler;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.opcc.quorum.scheduler.plan.BankHolidays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BankHolidaysTests {

	private final BankHolidays holidays = new BankHolidays(properties(Map.of()));

	private static SchedulerProperties properties(Map<LocalDate, String> extra) {
		return new SchedulerProperties(Path.of("none.yml"), extra, null, null, null,
				new SchedulerProperties.Reminders(null, null, 2, "0 0 8 ? * MON", 9), new SchedulerProperties.Graph(20),
				"Office of the Police and Crime Commissioner");
	}

	@Test
	void substituteDaysAreDaysOff() {
		assertThat(holidays.holiday(LocalDate.of(2026, 12, 28))).contains("Boxing Day (substitute day)");
		assertThat(holidays.isWorkingDay(LocalDate.of(2027, 12, 27))).isFalse();
		assertThat(holidays.isWorkingDay(LocalDate.of(2028, 1, 3))).isFalse();
		assertThat(holidays.isWorkingDay(LocalDate.of(2028, 1, 4))).isTrue();
	}

	@Test
	void everyYearFrom2024To2030HasItsEightBankHolidays() {
		for (int year = 2024; year <= 2030; year++) {
			long count = LocalDate.of(year, 1, 1)
				.datesUntil(LocalDate.of(year + 1, 1, 1))
				.filter(d -> holidays.holiday(d).isPresent())
				.count();
			assertThat(count).as("bank holidays in %d", year).isEqualTo(8);
		}
	}

	@Test
	void easterMovesEveryYear() {
		assertThat(holidays.holiday(LocalDate.of(2027, 3, 26))).contains("Good Friday");
		assertThat(holidays.holiday(LocalDate.of(2030, 4, 22))).contains("Easter Monday");
	}

	@Test
	void countsWorkingDaysBackOverAWeekendAndAHoliday() {
		// Papers for Tuesday 4 May 2027 (Monday 3 May is a bank holiday): five working
		// days back is Monday 26 April.
		assertThat(holidays.workingDaysBefore(LocalDate.of(2027, 5, 4), 5)).isEqualTo(LocalDate.of(2027, 4, 26));
		assertThat(holidays.workingDaysAfter(LocalDate.of(2027, 4, 30), 1)).isEqualTo(LocalDate.of(2027, 5, 4));
	}

	@Test
	void refusesDatesBeyondTheTable() {
		assertThatThrownBy(() -> holidays.isWorkingDay(LocalDate.of(2031, 3, 3)))
			.isInstanceOf(SchedulingException.class)
			.hasMessageContaining("2024 to 2030")
			.hasMessageContaining("quorum.scheduler.extra-holidays");
	}

	@Test
	void extraHolidaysExtendTheTable() {
		BankHolidays extended = new BankHolidays(properties(Map.of(LocalDate.of(2031, 1, 1), "New Year's Day")));
		assertThat(extended.isWorkingDay(LocalDate.of(2031, 1, 1))).isFalse();
		assertThat(extended.isWorkingDay(LocalDate.of(2031, 1, 2))).isTrue();
	}

}
