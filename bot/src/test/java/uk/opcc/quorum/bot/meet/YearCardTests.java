package uk.opcc.quorum.bot.meet;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.opcc.quorum.bot.card.Card;
import uk.opcc.quorum.bot.site.SiteProperties;
import uk.opcc.quorum.scheduler.Meeting;
import uk.opcc.quorum.scheduler.PublicMeeting;
import uk.opcc.quorum.scheduler.SchedulerProperties;

import static org.assertj.core.api.Assertions.assertThat;

/** The year's card stays a message Teams accepts however busy the year. */
class YearCardTests {

	/** Teams refuses a message larger than about 28 KB; the card is most of one. */
	private static final int TEAMS_MESSAGE_BYTES = 28_000;

	private final MeetCards cards = new MeetCards(new SchedulerProperties(null, null,
			URI.create("https://quorum.opcc.example/"), null, null, null, null, null));

	private final YearPicture picture = new YearPicture(new SiteProperties(
			"Office of the Police and Crime Commissioner", "#1F3864", URI.create("https://quorum.opcc.example/")));

	@Test
	void aMeetingEveryWorkingDayListsTheFirstDaysAndPointsToThePage() {
		List<PublicMeeting> every = LocalDate.of(2027, 1, 1)
			.datesUntil(LocalDate.of(2028, 1, 1))
			.filter(d -> d.getDayOfWeek().getValue() <= 5)
			.map(d -> meeting(ZonedDateTime.of(d.atTime(10, 0), Meeting.LONDON)))
			.toList();
		YearAtAGlance year = YearAtAGlance.of(2027, "Public meetings", every, Map.of(), null);

		Card card = cards.year(year, picture.png(year), "/boards/year/2027");

		assertThat(card.toString().getBytes(StandardCharsets.UTF_8).length).isLessThan(TEAMS_MESSAGE_BYTES);
		assertThat(card.toJson().get("body").toString()).contains("Friday 1 January")
			.contains("more days with meetings, on the year page")
			.doesNotContain("Friday 31 December");
	}

	@Test
	void aQuietYearListsEveryMeeting() {
		YearAtAGlance year = YearPictureTests.paf2027();
		String card = cards.year(year, picture.png(year), "/boards/PAF/year/2027").toString();
		assertThat(card).contains("Thursday 28 January", "Thursday 28 October")
			.contains("https://quorum.opcc.example/boards/PAF/year/2027")
			.doesNotContain("more days");
	}

	private static PublicMeeting meeting(ZonedDateTime start) {
		return new PublicMeeting("m-" + start.toLocalDate(), "SGB", "Strategic Governance Board", start,
				start.plusHours(2), "Room 1", false, start.toLocalDate().minusDays(7), List.of(), null);
	}

}
