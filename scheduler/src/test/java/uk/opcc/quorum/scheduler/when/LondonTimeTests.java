package uk.opcc.quorum.scheduler.when;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.opcc.quorum.scheduler.when.LondonTime.Exact;
import uk.opcc.quorum.scheduler.when.LondonTime.Repeated;
import uk.opcc.quorum.scheduler.when.LondonTime.Skipped;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The UK clock changes of 2026 and 2027: forward at 01:00 GMT on 29 March 2026 and 28
 * March 2027, back at 02:00 BST on 25 October 2026 and 31 October 2027.
 */
class LondonTimeTests {

	@ParameterizedTest(name = "{0} {1} => {2}")
	@CsvSource(textBlock = """
			2026-03-29, 00:59, exact +00:00
			2026-03-29, 01:00, skipped
			2026-03-29, 01:30, skipped
			2026-03-29, 01:59, skipped
			2026-03-29, 02:00, exact +01:00
			2026-10-25, 00:59, exact +01:00
			2026-10-25, 01:00, repeated +01:00 +00:00
			2026-10-25, 01:30, repeated +01:00 +00:00
			2026-10-25, 02:00, exact Z
			2027-03-28, 01:30, skipped
			2027-03-28, 10:00, exact +01:00
			2027-10-31, 01:45, repeated +01:00 +00:00
			2027-10-31, 02:00, exact Z
			2027-03-27, 01:30, exact Z
			2027-11-01, 01:30, exact Z
			""")
	void placesLocalTimesInUkTime(LocalDate date, LocalTime time, String expected) {
		LondonTime placed = LondonTime.of(date, time);
		String described;
		if (placed instanceof Exact exact) {
			described = "exact " + exact.at().getOffset();
		}
		else if (placed instanceof Repeated repeated) {
			described = "repeated " + repeated.earlier().getOffset() + " " + repeated.later().getOffset();
		}
		else {
			described = "skipped";
		}
		assertThat(described.replace("Z", "+00:00")).isEqualTo(expected.replace("Z", "+00:00"));
	}

	@Test
	void saysWhyATimeDoesNotExist() {
		assertThat(((Skipped) LondonTime.of(LocalDate.of(2026, 3, 29), LocalTime.of(1, 30))).sentence())
			.isEqualTo("01:30 on 29 March 2026 does not exist in UK time: clocks go forward at 01:00.");
		assertThat(((Skipped) LondonTime.of(LocalDate.of(2027, 3, 28), LocalTime.of(1, 0))).sentence())
			.isEqualTo("01:00 on 28 March 2027 does not exist in UK time: clocks go forward at 01:00.");
	}

	@Test
	void asksWhichOfTwoTimes() {
		Repeated repeated = (Repeated) LondonTime.of(LocalDate.of(2026, 10, 25), LocalTime.of(1, 30));
		assertThat(repeated.sentence()).isEqualTo("01:30 on 25 October 2026 happens twice in UK time: clocks go back"
				+ " at 02:00. Do you mean 01:30 BST (the first) or 01:30 GMT (an hour later)?");
		assertThat(repeated.earlier().getOffset()).isEqualTo(ZoneOffset.ofHours(1));
		assertThat(repeated.later().toInstant()).isEqualTo(repeated.earlier().toInstant().plusSeconds(3600));
		assertThat(((Repeated) LondonTime.of(LocalDate.of(2027, 10, 31), LocalTime.of(1, 15))).sentence())
			.startsWith("01:15 on 31 October 2027 happens twice in UK time: clocks go back at 02:00.");
	}

}
