package uk.opcc.quorum.scheduler.when;

import java.time.Clock;
import java.time.Instant;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import uk.opcc.quorum.scheduler.when.WhenResult.Ambiguous;
import uk.opcc.quorum.scheduler.when.WhenResult.Found;
import uk.opcc.quorum.scheduler.when.WhenResult.InThePast;
import uk.opcc.quorum.scheduler.when.WhenResult.Invalid;
import uk.opcc.quorum.scheduler.when.WhenResult.NotFound;
import uk.opcc.quorum.scheduler.when.WhenResult.Reading;
import uk.opcc.quorum.scheduler.when.WhenResult.TimeOnly;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link WhenParser} on Monday 30 November 2026 at 09:00 UK time (GMT), so "tomorrow" is
 * Tuesday 1 December, March means March 2027 (which starts on a Monday), and 08:00 today
 * has passed.
 */
class WhenParserTests {

	static final Clock MONDAY_30_NOVEMBER_2026_0900 = Clock.fixed(Instant.parse("2026-11-30T09:00:00Z"),
			LondonTime.ZONE);

	private final WhenParser parser = new WhenParser(MONDAY_30_NOVEMBER_2026_0900);

	@ParameterizedTest(name = "[{index}] {0} => {1}")
	@CsvSource(delimiterString = "=>", quoteCharacter = '"', textBlock = """
			today                                   => 2026-11-30
			tomorrow                                => 2026-12-01
			Tomorrow at 10                          => 2026-12-01 10:00
			the day after tomorrow                  => 2026-12-02
			tomorrow week                           => 2026-12-08
			a week today                            => 2026-12-07
			this Friday                             => 2026-12-04
			this Monday                             => 2026-11-30
			on Tuesday                              => 2026-12-01
			see you Monday                          => 2026-12-07
			this coming Sunday                      => 2026-12-06
			Friday week                             => 2026-12-11
			a week on Friday                        => 2026-12-11
			Tuesday next week                       => 2026-12-08
			next week on Thursday                   => 2026-12-10
			Thursday this week                      => 2026-12-03
			in two weeks                            => 2026-12-14
			in a fortnight's time                   => 2026-12-14
			in 3 days                               => 2026-12-03
			in a month                              => 2026-12-30
			two weeks today                         => 2026-12-14
			3rd March                               => 2027-03-03
			3 March 2027                            => 2027-03-03
			March 3rd                               => 2027-03-03
			March 3, 2027                           => 2027-03-03
			the 3rd of March                        => 2027-03-03
			first of March                          => 2027-03-01
			2 Mar '27                               => 2027-03-02
			on 3 May                                => 2027-05-03
			May 3rd                                 => 2027-05-03
			3/3/27                                  => 2027-03-03
			03/03/2027                              => 2027-03-03
			3.3.2027                                => 2027-03-03
			2027-03-03                              => 2027-03-03
			03/04                                   => 2027-04-03
			on 3/4                                  => 2027-04-03
			12/12                                   => 2026-12-12
			Fri 4/12                                => 2026-12-04
			30 November                             => 2026-11-30
			29 November                             => 2027-11-29
			29 February 2028                        => 2028-02-29
			the 5th                                 => 2026-12-05
			the 31st                                => 2026-12-31
			Tuesday the 8th                         => 2026-12-08
			Wednesday 3 March 2027 at 10am          => 2027-03-03 10:00
			the first Tuesday in March              => 2027-03-02
			the second Tuesday of March             => 2027-03-09
			the last Tuesday in March 2027          => 2027-03-30
			the fifth Monday in March               => 2027-03-29
			the first Tuesday in November           => 2027-11-02
			the first Tuesday of next month         => 2026-12-01
			the first Monday next month             => 2026-12-07
			the first Monday of the month after next => 2027-01-04
			the 3rd of next month                   => 2026-12-03
			Friday 11th                             => 2026-12-11
			thurs at 4                              => 2026-12-03 16:00
			book the SGB for the first Tuesday in March at 10 => 2027-03-02 10:00
			at 10                                   => time 10:00
			at 3                                    => time 15:00
			1:30                                    => time 13:30
			10am tomorrow                           => 2026-12-01 10:00
			tomorrow 2pm                            => 2026-12-01 14:00
			tomorrow at 2.30pm                      => 2026-12-01 14:30
			tomorrow at 2:30 p.m.                   => 2026-12-01 14:30
			tomorrow at 14:30                       => 2026-12-01 14:30
			tomorrow at 14.30                       => 2026-12-01 14:30
			tomorrow at 14:30pm                     => 2026-12-01 14:30
			at 07:30 tomorrow                       => 2026-12-01 07:30
			Tuesday 10.30                           => 2026-12-01 10:30
			half past two tomorrow                  => 2026-12-01 14:30
			half two on Wednesday                   => 2026-12-02 14:30
			quarter to ten tomorrow                 => 2026-12-01 09:45
			twenty past ten on Friday               => 2026-12-04 10:20
			Tuesday at ten o'clock                  => 2026-12-01 10:00
			tomorrow at twelve                      => 2026-12-01 12:00
			tomorrow at noon                        => 2026-12-01 12:00
			midday on Friday                        => 2026-12-04 12:00
			3rd March at 2pm                        => 2027-03-03 14:00
			at 14:30 on the 5th of May              => 2027-05-05 14:30
			Thursday 3 December, 2pm                => 2026-12-03 14:00
			in two weeks at 10                      => 2026-12-14 10:00
			tomorrow 2-4pm                          => 2026-12-01 14:00
			tomorrow 11-1pm                         => 2026-12-01 11:00
			from 10 to 12 on Thursday               => 2026-12-03 10:00
			between 10 and 11.30 on Friday          => 2026-12-04 10:00
			today at 7                              => 2026-11-30 19:00
			tonight at 7                            => 2026-11-30 19:00
			this afternoon at 3                     => 2026-11-30 15:00
			tomorrow at 7 in the morning            => 2026-12-01 07:00
			tomorrow morning                        => 2026-12-01
			tomorrow, 1st December                  => 2026-12-01
			next Friday, the 11th of December       => 2026-12-11
			Sunday 28 March 2027 at 2am             => 2027-03-28 02:00
			01:30 on 31 October 2027                => 2027-10-31 01:30
			""")
	void finds(String text, String expected) {
		assertThat(describe(parser.parse(text))).isEqualTo(expected);
	}

	@ParameterizedTest(name = "[{index}] {0} => {1}")
	@CsvSource(delimiterString = "=>", quoteCharacter = '"', textBlock = """
			next Tuesday        => 2026-12-08
			next Monday         => 2026-12-07
			next Wednesday      => either 2026-12-02 | 2026-12-09
			next Friday         => either 2026-12-04 | 2026-12-11
			next Sunday         => either 2026-12-06 | 2026-12-13
			""")
	void nextWeekdayIsNextWeeksUnlessTheComingOneCouldBeMeant(String text, String expected) {
		assertThat(describe(parser.parse(text))).isEqualTo(expected);
	}

	@ParameterizedTest(name = "[{index}] {0}, said on {1} => {2}")
	@CsvSource(delimiterString = "=>", quoteCharacter = '"', textBlock = """
			next Monday  => 2026-12-04T12:00:00Z => 2026-12-07
			next Tuesday => 2026-12-04T12:00:00Z => 2026-12-08
			next Friday  => 2026-12-03T12:00:00Z => 2026-12-11
			next Friday  => 2026-12-02T12:00:00Z => either 2026-12-04 | 2026-12-11
			next Sunday  => 2026-12-05T12:00:00Z => 2026-12-13
			""")
	void nextWeekdayOnOtherDays(String text, String now, String expected) {
		WhenParser on = new WhenParser(Clock.fixed(Instant.parse(now), LondonTime.ZONE));
		assertThat(describe(on.parse(text))).isEqualTo(expected);
	}

	@ParameterizedTest(name = "[{index}] {0} => {1}")
	@CsvSource(delimiterString = "=>", quoteCharacter = '"', textBlock = """
			tomorrow at 7                     => either 2026-12-01 07:00 | 2026-12-01 19:00
			at 7                              => either time 07:00 | time 19:00
			half past seven on Friday         => either 2026-12-04 07:30 | 2026-12-04 19:30
			Good morning, can we meet on Tuesday at 7? => either 2026-12-01 07:00 | 2026-12-01 19:00
			Tuesday or Wednesday              => either 2026-12-01 | 2026-12-02
			tomorrow at 10 or on Thursday at 10 => either 2026-12-01 10:00 | 2026-12-03 10:00
			""")
	void ambiguous(String text, String expected) {
		assertThat(describe(parser.parse(text))).isEqualTo(expected);
	}

	@Test
	void ambiguityIsExplainedInOneQuestion() {
		assertThat(((Ambiguous) parser.parse("next Friday")).sentence())
			.isEqualTo("\u201Cnext Friday\u201D could be Friday 4 December 2026 or Friday 11 December 2026."
					+ " Which do you mean?");
		assertThat(((Ambiguous) parser.parse("tomorrow at 7")).sentence())
			.isEqualTo("\u201Cat 7\u201D could be 07:00 or 19:00. Which do you mean?");
		assertThat(((Ambiguous) parser.parse("next Friday at 7")).options()).hasSize(4);
		assertThat(((Ambiguous) parser.parse("next Friday at 7")).sentence()).isEqualTo(
				"\u201Cnext Friday\u201D could be Friday 4 December 2026 or Friday 11 December 2026. \u201Cat 7\u201D"
						+ " could be 07:00 or 19:00. Which do you mean?");
		assertThat(((Ambiguous) parser.parse("Tuesday or Wednesday")).sentence())
			.isEqualTo("The message names more than one day: Tuesday 1 December 2026 or Wednesday 2 December 2026."
					+ " Which do you mean?");
	}

	@ParameterizedTest(name = "[{index}] {0} => {1}")
	@CsvSource(delimiterString = "=>", quoteCharacter = '"',
			textBlock = """
					31st February           => invalid: February has no 31st.
					30 Feb                  => invalid: February has no 30th.
					31 April                => invalid: April has no 31st.
					32nd March              => invalid: March has no 32nd.
					29 Feb 2027             => invalid: February 2027 has no 29th: 2027 is not a leap year.
					29 February             => invalid: February 2027 has no 29th: 2027 is not a leap year.
					31/2/27                 => invalid: February has no 31st.
					03/13                   => invalid: There is no month 13: dates are read day first (day/month/year).
					3/13/27                 => invalid: There is no month 13: dates are read day first (day/month/year).
					tomorrow at 25:00       => invalid: 25:00 is not a time of day: hours run from 00 to 23.
					24:00 on Friday         => invalid: 24:00 is not a time of day: hours run from 00 to 23.
					tomorrow at 14:75       => invalid: 14:75 is not a time: minutes run from 00 to 59.
					13am on Friday          => invalid: 13am is not a time of day.
					Tuesday 3 March 2027    => invalid: 3 March 2027 is a Wednesday, not a Tuesday.
					Friday the 8th          => invalid: The next 8th is Tuesday 8 December 2026, not a Friday.
					the fifth Thursday in March 2027 => invalid: March 2027 has no fifth Thursday.
					at 01:30 on 28 March 2027 => invalid: 01:30 on 28 March 2027 does not exist in UK time: clocks go forward at 01:00.
					""")
	void invalid(String text, String expected) {
		assertThat(describe(parser.parse(text))).isEqualTo(expected);
	}

	@ParameterizedTest(name = "[{index}] {0} => {1}")
	@CsvSource(delimiterString = "=>", quoteCharacter = '"', textBlock = """
			yesterday                    => past 2026-11-29: Sunday 29 November 2026 is in the past.
			last Friday                  => past 2026-11-27: Friday 27 November 2026 is in the past.
			3 March 2026                 => past 2026-03-03: Tuesday 3 March 2026 is in the past.
			3/3/25                       => past 2025-03-03: Monday 3 March 2025 is in the past.
			the last Friday of the month => past 2026-11-27: Friday 27 November 2026 is in the past.
			today at 8                   => past 2026-11-30 08:00: 08:00 today has already passed.
			1:30am on 29 March 2026      => past 2026-03-29 01:30: Sunday 29 March 2026 is in the past.
			""")
	void inThePast(String text, String expected) {
		assertThat(describe(parser.parse(text))).isEqualTo(expected);
	}

	@ParameterizedTest(name = "[{index}] {0}")
	@ValueSource(strings = { "", "   ", "hello", "\uD83C\uDF89\uD83D\uDCC5", "\uD83D\uDC4D at", "March",
			"3/4 of members must attend", "the quorum is 2/3", "7/10 voted for", "10/12 members",
			"item 3 may need more time", "see paragraph 4.10 of the report", "at one point we agreed",
			"it cost \u00A32.30", "next week", "good morning", "the 2026-27 budget", "10 members", "in the meantime" })
	void findsNothing(String text) {
		assertThat(parser.parse(text)).isEqualTo(new NotFound());
	}

	@Test
	void nullIsNothing() {
		assertThat(parser.parse(null)).isEqualTo(new NotFound());
	}

	@Test
	void tenThousandCharactersOfAnythingAreNothing() {
		assertThat(parser.parse("a".repeat(10_000))).isEqualTo(new NotFound());
		assertThat(parser.parse("\uD83D\uDCC5".repeat(5_000))).isEqualTo(new NotFound());
		assertThat(parser.parse("lorem ipsum 12345 ".repeat(556).substring(0, 10_000))).isEqualTo(new NotFound());
		assertThat(parser.parse("at at on the of in ".repeat(527).substring(0, 10_000))).isEqualTo(new NotFound());
		assertThat(parser.parse("1/".repeat(5_000))).isInstanceOf(WhenResult.class);
		assertThat(parser.parse("3 ".repeat(5_000))).isEqualTo(new NotFound());
	}

	@Test
	void spanCoversTheSlotAsTyped() {
		String text = "Book the SGB for the first Tuesday in March at 10, please";
		Found found = (Found) parser.parse(text);
		assertThat(found.span().of(text)).isEqualTo("the first Tuesday in March at 10");
		text = "Could we do at 14:30 on the 5th of May?";
		assertThat(((Found) parser.parse(text)).span().of(text)).isEqualTo("at 14:30 on the 5th of May");
		text = "Let\u2019s say Tuesday 8th December at 2pm";
		assertThat(((Found) parser.parse(text)).span().of(text)).isEqualTo("Tuesday 8th December at 2pm");
	}

	@Test
	void usesUkTimeWhateverTheClocksZone() {
		// 23:30 UTC on 31 July is already 1 August in BST
		WhenParser parser = new WhenParser(
				Clock.fixed(Instant.parse("2027-07-31T23:30:00Z"), Clock.systemUTC().getZone()));
		assertThat(describe(parser.parse("tomorrow"))).isEqualTo("2027-08-02");
	}

	static String describe(WhenResult result) {
		if (result instanceof Reading reading) {
			return reading(reading);
		}
		if (result instanceof Ambiguous ambiguous) {
			return "either "
					+ ambiguous.options().stream().map(WhenParserTests::reading).collect(Collectors.joining(" | "));
		}
		if (result instanceof Invalid invalid) {
			return "invalid: " + invalid.sentence();
		}
		if (result instanceof InThePast past) {
			return "past " + past.date() + past.time().map((t) -> " " + t).orElse("") + ": " + past.sentence();
		}
		return "none";
	}

	private static String reading(Reading reading) {
		if (reading instanceof Found found) {
			return found.date() + found.time().map((t) -> " " + t).orElse("");
		}
		return "time " + ((TimeOnly) reading).time();
	}

}
