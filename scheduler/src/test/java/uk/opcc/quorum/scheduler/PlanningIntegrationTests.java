package uk.opcc.quorum.scheduler;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest(classes = SchedulerTestApplication.class)
class PlanningIntegrationTests {

	@Autowired
	MeetingPlanner planner;

	@Autowired
	Meetings meetings;

	@Autowired
	CleanSlate slate;

	@BeforeEach
	void reset() {
		slate.reset();
	}

	@Test
	void proposesAYearOfFirstMondaysMovingBankHolidaysToTheNextWorkingDay() {
		List<ProposedMeeting> year = planner.plan("SGB", LocalDate.of(2027, 1, 1), 12);

		assertThat(year).extracting(p -> p.start().toLocalDate())
			.containsExactly(LocalDate.of(2027, 1, 4), LocalDate.of(2027, 2, 1), LocalDate.of(2027, 3, 1),
					LocalDate.of(2027, 4, 5), LocalDate.of(2027, 5, 4), LocalDate.of(2027, 6, 7),
					LocalDate.of(2027, 7, 5), LocalDate.of(2027, 8, 2), LocalDate.of(2027, 9, 6),
					LocalDate.of(2027, 10, 4), LocalDate.of(2027, 11, 1), LocalDate.of(2027, 12, 6));
		ProposedMeeting may = year.get(4);
		assertThat(may.moved()).isEqualTo("Moved from 2027-05-03 (Early May bank holiday)");
		assertThat(may.papersDeadline()).isEqualTo(LocalDate.of(2027, 4, 26));
		assertThat(year.get(0).moved()).isNull();
	}

	@Test
	void listsAYearsBankHolidaysAndRefusesAYearItHasNoTableFor() {
		assertThat(planner.bankHolidays(2027)).hasSize(8)
			.containsEntry(LocalDate.of(2027, 5, 3), "Early May bank holiday")
			.containsEntry(LocalDate.of(2027, 12, 27), "Christmas Day (substitute day)");
		assertThat(planner.bankHolidays(2027).firstKey()).isEqualTo(LocalDate.of(2027, 1, 1));
		assertThatThrownBy(() -> planner.bankHolidays(2031)).isInstanceOf(SchedulingException.class)
			.hasMessageContaining("2024 to 2030");
	}

	@Test
	void keepsTenOClockLocalAcrossBothSummerTimeChanges() {
		List<ProposedMeeting> year = planner.plan("SGB", LocalDate.of(2027, 3, 1), 9);

		// British Summer Time runs from 28 March to 31 October 2027.
		assertThat(year.get(0).start().toOffsetDateTime())
			.isEqualTo(OffsetDateTime.of(2027, 3, 1, 10, 0, 0, 0, ZoneOffset.UTC));
		assertThat(year.get(1).start().toOffsetDateTime())
			.isEqualTo(OffsetDateTime.of(2027, 4, 5, 10, 0, 0, 0, ZoneOffset.ofHours(1)));
		assertThat(year.get(1).start().toInstant()).hasToString("2027-04-05T09:00:00Z");
		assertThat(year.get(7).start().toOffsetDateTime())
			.isEqualTo(OffsetDateTime.of(2027, 10, 4, 10, 0, 0, 0, ZoneOffset.ofHours(1)));
		assertThat(year.get(8).start().toOffsetDateTime())
			.isEqualTo(OffsetDateTime.of(2027, 11, 1, 10, 0, 0, 0, ZoneOffset.UTC));
		assertThat(year).allSatisfy(p -> assertThat(p.end().toLocalTime()).hasToString("12:00"));
	}

	@Test
	void movesBackwardsOverChristmasWhenTheBoardSaysSo() {
		// The last Thursday of December 2030 is Boxing Day and the day before is
		// Christmas Day.
		List<ProposedMeeting> december = planner.plan("PAF", LocalDate.of(2030, 12, 1), 1);

		assertThat(december.get(0).start().toLocalDate()).isEqualTo(LocalDate.of(2030, 12, 24));
		assertThat(december.get(0).moved()).contains("2030-12-26").contains("Boxing Day");
	}

	@Test
	void flagsMembersBusyAtAnotherBoardsMeeting() {
		meetings.schedule(new MeetingRequest("PAF", OffsetDateTime.parse("2027-02-01T10:30:00Z"),
				OffsetDateTime.parse("2027-02-01T11:30:00Z"), null, false));

		ProposedMeeting february = planner.plan("SGB", LocalDate.of(2027, 2, 1), 1).get(0);

		assertThat(february.clashes()).extracting(ProposedMeeting.Clash::member)
			.containsExactlyInAnyOrder("Commissioner", "Chief Constable");
		assertThat(february.clashes()).allSatisfy(c -> assertThat(c.what()).isEqualTo("PAF meeting"));
		assertThat(planner.plan("SGB", LocalDate.of(2027, 3, 1), 1).get(0).clashes()).isEmpty();
	}

	@Test
	void offersOtherTimesWhenEveryoneIsFree() {
		meetings.schedule(new MeetingRequest("PAF", OffsetDateTime.parse("2027-02-01T09:00:00Z"),
				OffsetDateTime.parse("2027-02-01T17:00:00Z"), null, false));

		List<java.time.ZonedDateTime> alternatives = planner.alternatives("SGB", LocalDate.of(2027, 2, 1));

		assertThat(alternatives).isNotEmpty();
		assertThat(alternatives).allSatisfy(t -> assertThat(t.toLocalDate()).isAfter(LocalDate.of(2027, 2, 1)));
	}

	@Test
	void refusesWhatItCannotPlan() {
		assertThatThrownBy(() -> planner.plan("XYZ", LocalDate.of(2027, 1, 1), 3)).hasMessage("There is no board XYZ.");
		assertThatThrownBy(() -> planner.plan("SGB", LocalDate.of(2027, 1, 1), 0)).hasMessageContaining("1 to 60");
		assertThatThrownBy(() -> planner.plan("SGB", LocalDate.of(2030, 6, 1), 12))
			.hasMessageContaining("2024 to 2030");
	}

}
