package uk.opcc.quorum.scheduler.when;

import java.time.LocalDate;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.opcc.quorum.scheduler.when.WhenResult.Ambiguous;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opcc.quorum.scheduler.when.WhenParserTests.describe;

/**
 * Follow-ups about a meeting on Tuesday 1 December 2026 at 10:00, said on Monday 30
 * November 2026 at 09:00.
 */
class WhenChangeTests {

	private static final LocalDate TUESDAY = LocalDate.of(2026, 12, 1);

	private static final LocalTime TEN = LocalTime.of(10, 0);

	private final WhenChange change = new WhenChange(new WhenParser(WhenParserTests.MONDAY_30_NOVEMBER_2026_0900));

	@ParameterizedTest(name = "[{index}] {0} => {1}")
	@CsvSource(delimiterString = "=>", quoteCharacter = '"', textBlock = """
			move it to 11                           => 2026-12-01 11:00
			make it 3pm                             => 2026-12-01 15:00
			make it 3                               => 2026-12-01 15:00
			could we start at 10:30 instead?        => 2026-12-01 10:30
			push it back to 4                       => 2026-12-01 16:00
			move it to 7                            => either 2026-12-01 07:00 | 2026-12-01 19:00
			push it back an hour                    => 2026-12-01 11:00
			can we push the SGB back by 90 minutes? => 2026-12-01 11:30
			put it back half an hour                => 2026-12-01 10:30
			delay it 15 minutes                     => 2026-12-01 10:15
			an hour and a half later                => 2026-12-01 11:30
			bring it forward 30 mins                => 2026-12-01 09:30
			bring forward by a quarter of an hour   => 2026-12-01 09:45
			can we make it an hour earlier          => 2026-12-01 09:00
			move it forward an hour                 => either 2026-12-01 09:00 | 2026-12-01 11:00
			push it back a week                     => 2026-12-08 10:00
			postpone by a day                       => 2026-12-02 10:00
			move it to next week                    => 2026-12-08 10:00
			move it to Thursday                     => 2026-12-03 10:00
			make it Thursday at 2                   => 2026-12-03 14:00
			move it to the 8th                      => 2026-12-08 10:00
			bring it forward a day                  => 2026-11-30 10:00
			bring it forward two hours and a day    => 2026-12-01 08:00
			move it to 25:00                        => invalid: 25:00 is not a time of day: hours run from 00 to 23.
			move it to yesterday                    => past 2026-11-29 10:00: Sunday 29 November 2026 is in the past.
			thanks, that works                      => none
			""")
	void readsFollowUps(String text, String expected) {
		assertThat(describe(change.parse(text, TUESDAY, TEN))).isEqualTo(expected);
	}

	@Test
	void aShiftIntoThePastOrTheMissingHourIsRefused() {
		assertThat(describe(change.parse("bring it forward two hours", LocalDate.of(2026, 11, 30), TEN)))
			.isEqualTo("past 2026-11-30 08:00: 08:00 today has already passed.");
		assertThat(describe(change.parse("push it back an hour", LocalDate.of(2027, 3, 28), LocalTime.of(0, 30))))
			.isEqualTo("invalid: 01:30 on 28 March 2027 does not exist in UK time: clocks go forward at 01:00.");
	}

	@Test
	void explainsMoveForward() {
		assertThat(((Ambiguous) change.parse("Move it forward an hour", TUESDAY, TEN)).sentence())
			.isEqualTo("\u201CMove it forward an hour\u201D can mean earlier or later: 09:00 or 11:00 on Tuesday"
					+ " 1 December 2026. Which do you mean?");
	}

}
