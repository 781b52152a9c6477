package uk.opcc.quorum.bot.meet;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.opcc.quorum.scheduler.Meeting;
import uk.opcc.quorum.scheduler.PublicMeeting;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The year at a glance: twelve months of Monday-first weeks, each day marked in words.
 */
class YearAtAGlanceTests {

	private static PublicMeeting meeting(String id, String start, String deadline, boolean cancelled) {
		ZonedDateTime at = ZonedDateTime.parse(start).withZoneSameInstant(Meeting.LONDON);
		return new PublicMeeting(id, "PAF", "Police Accountability Forum", at, at.plusHours(2), "Council Chamber",
				cancelled, LocalDate.parse(deadline), List.of(), null);
	}

	@Test
	void marksMeetingsDeadlinesAndHolidaysOnMondayFirstWeeks() {
		YearAtAGlance year = YearAtAGlance.of(2027, "Police Accountability Forum",
				List.of(meeting("m1", "2027-01-28T14:00:00Z", "2027-01-19", false),
						meeting("m2", "2027-07-29T13:00:00Z", "2027-07-20", true)),
				Map.of(LocalDate.of(2027, 1, 1), "New Year's Day"), null);

		assertThat(year.months()).hasSize(12);
		YearAtAGlance.MonthView january = year.months().get(0);
		assertThat(january.name()).isEqualTo("January 2027");
		// 1 January 2027 is a Friday: four blank days before it.
		assertThat(january.weeks().get(0)).extracting(YearAtAGlance.DayView::blank)
			.containsExactly(true, true, true, true, false, false, false);
		assertThat(january.weeks()).allSatisfy(week -> assertThat(week).hasSize(7));
		YearAtAGlance.DayView thursday = january.weeks().get(4).get(3);
		assertThat(thursday.date()).isEqualTo("2027-01-28");
		assertThat(thursday.classes()).isEqualTo("meeting");
		assertThat(thursday.href()).isEqualTo("/boards/PAF/m1");
		assertThat(thursday.described()).isEqualTo("PAF meeting, 14:00");
		assertThat(january.events()).extracting(YearAtAGlance.Event::text)
			.containsExactly("Bank holiday: New Year's Day", "PAF papers due (meeting 28 January)",
					"PAF meeting, 14:00");
		assertThat(year.meetingCount()).isOne();
		// A cancelled meeting keeps its page but no papers deadline and no meeting mark.
		assertThat(year.months().get(6).events()).extracting(YearAtAGlance.Event::text)
			.containsExactly("PAF meeting, 14:00 (cancelled)");
		assertThat(year.weekdays()).extracting(YearAtAGlance.Weekday::name).startsWith("Monday").endsWith("Sunday");
		assertThat(year.holidaysKnown()).isTrue();
	}

	@Test
	void aJanuaryMeetingsDeadlineShowsInTheDecemberBefore() {
		List<PublicMeeting> meetings = List.of(meeting("m3", "2028-01-06T14:00:00Z", "2027-12-23", false));

		YearAtAGlance year2027 = YearAtAGlance.of(2027, "Public meetings", meetings, Map.of(), "No holidays.");
		assertThat(year2027.months().get(11).events()).extracting(YearAtAGlance.Event::text)
			.containsExactly("PAF papers due (meeting 6 January)");
		assertThat(year2027.meetingCount()).isZero();
		assertThat(year2027.holidaysKnown()).isFalse();

		YearAtAGlance year2028 = YearAtAGlance.of(2028, "Public meetings", meetings, Map.of(), null);
		assertThat(year2028.months().get(0).events()).extracting(YearAtAGlance.Event::kind)
			.containsExactly(YearAtAGlance.Kind.MEETING);
	}

}
