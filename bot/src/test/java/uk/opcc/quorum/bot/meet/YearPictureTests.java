package uk.opcc.quorum.bot.meet;

import java.awt.Color;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import uk.opcc.quorum.bot.site.SiteProperties;
import uk.opcc.quorum.scheduler.Meeting;
import uk.opcc.quorum.scheduler.PublicMeeting;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The year drawn as a picture: small enough to travel inside a Teams message, and each
 * kind of day where the renderer's own layout says it is.
 */
class YearPictureTests {

	/** What a PNG may weigh: as a data URI it grows by a third, and Teams takes 28 KB. */
	static final int MOST_BYTES = 20_000;

	private static final Color WHITE = Color.WHITE;

	@ParameterizedTest(name = "primary colour {0}")
	@ValueSource(strings = { "#1F3864", "#b00020", "#ffd700" })
	void meetingDaysAreFilledInTheOfficesColourOtherDaysAreNot(String colour) throws IOException {
		YearAtAGlance year = paf2027();
		BufferedImage image = decode(new YearPicture(site(colour)).png(year));
		Color primary = Color.decode(colour);
		// a colour too light to read on white outlines in dark blue instead
		Color outline = Color.decode(site(colour).linkColour());

		assertThat(colour(image, inside(year, LocalDate.of(2027, 1, 28)))).as("a meeting").isEqualTo(primary);
		assertThat(colour(image, inside(year, LocalDate.of(2027, 10, 28)))).as("another meeting").isEqualTo(primary);
		assertThat(colour(image, inside(year, LocalDate.of(2027, 2, 2)))).as("a plain Tuesday").isEqualTo(WHITE);
		assertThat(colour(image, inside(year, LocalDate.of(2027, 1, 19)))).as("inside a papers deadline")
			.isEqualTo(WHITE);
		Rectangle deadline = cellOf(year, LocalDate.of(2027, 1, 19));
		assertThat(colour(image, new java.awt.Point(deadline.x + 1, deadline.y + deadline.height / 2)))
			.as("the edge of a papers deadline")
			.isEqualTo(outline);
		assertThat(colour(image, inside(year, LocalDate.of(2027, 12, 27)))).as("a bank holiday")
			.isNotEqualTo(WHITE)
			.isNotEqualTo(primary);
		assertThat(colour(image, inside(year, LocalDate.of(2027, 7, 29)))).as("a cancelled meeting is not filled")
			.isNotEqualTo(primary);
		Rectangle cancelled = cellOf(year, LocalDate.of(2027, 7, 29));
		assertThat(darkest(image, new Rectangle(cancelled.x + 1, cancelled.y + cancelled.height - 5, 4, 4)))
			.as("the strike through a cancelled meeting, clear of its number")
			.isLessThan(160);
		assertThat(darkest(image, new Rectangle(plain(year).x + 1, plain(year).y + plain(year).height - 5, 4, 4)))
			.as("the same corner of a plain day")
			.isEqualTo(255);
	}

	@Test
	void smallIndexedAndOfTheAdvertisedSize() throws IOException {
		byte[] png = new YearPicture(site("#1F3864")).png(paf2027());
		BufferedImage image = decode(png);

		assertThat(image.getWidth()).isEqualTo(YearPicture.WIDTH).isLessThanOrEqualTo(500);
		assertThat(image.getHeight()).isEqualTo(YearPicture.HEIGHT);
		assertThat(image.getColorModel()).isInstanceOf(IndexColorModel.class);
		assertThat(((IndexColorModel) image.getColorModel()).getMapSize()).isLessThanOrEqualTo(16);
		assertThat(png.length).as("bytes of PNG").isLessThan(MOST_BYTES);
	}

	@Test
	void theBusiestYearStillFits() throws IOException {
		// a meeting every working day: the most the picture can carry
		List<PublicMeeting> every = LocalDate.of(2027, 1, 1)
			.datesUntil(LocalDate.of(2028, 1, 1))
			.filter(d -> d.getDayOfWeek().getValue() <= 5)
			.map(d -> meeting(d + "T10:00:00Z", d.minusDays(3).toString(), false))
			.toList();
		byte[] png = new YearPicture(site("#1F3864"))
			.png(YearAtAGlance.of(2027, "Strategic Governance Board", every, Map.of(), "No holidays."));
		assertThat(decode(png).getWidth()).isEqualTo(YearPicture.WIDTH);
		assertThat(png.length).isLessThan(MOST_BYTES);
	}

	@Test
	void monthsSitInAGridThatNeverOverlaps() {
		Rectangle lastOfJanuary = YearPicture.cell(0, YearPicture.WEEKS - 1, 6);
		Rectangle firstOfFebruary = YearPicture.cell(1, 0, 0);
		Rectangle firstOfApril = YearPicture.cell(3, 0, 0);
		Rectangle lastOfDecember = YearPicture.cell(11, YearPicture.WEEKS - 1, 6);
		assertThat(firstOfFebruary.x).isGreaterThan(lastOfJanuary.x + lastOfJanuary.width);
		assertThat(firstOfApril.y).isGreaterThan(lastOfJanuary.y + lastOfJanuary.height);
		assertThat(lastOfDecember.x + lastOfDecember.width).isLessThanOrEqualTo(YearPicture.WIDTH - YearPicture.MARGIN);
		assertThat(lastOfDecember.y + lastOfDecember.height)
			.isLessThanOrEqualTo(YearPicture.HEIGHT - YearPicture.MARGIN - YearPicture.LEGEND);
	}

	/** PAF's 2027 as the public pages' fixture has it: July cancelled. */
	static YearAtAGlance paf2027() {
		List<PublicMeeting> meetings = List.of(meeting("2027-01-28T14:00:00Z", "2027-01-19", false),
				meeting("2027-04-29T13:00:00Z", "2027-04-20", false),
				meeting("2027-07-29T13:00:00Z", "2027-07-20", true),
				meeting("2027-10-28T13:00:00Z", "2027-10-19", false));
		return YearAtAGlance.of(2027, "Police Accountability Forum", meetings, Map.of(LocalDate.of(2027, 1, 1),
				"New Year's Day", LocalDate.of(2027, 12, 27), "Christmas Day (substitute day)"), null);
	}

	private static PublicMeeting meeting(String start, String deadline, boolean cancelled) {
		ZonedDateTime at = ZonedDateTime.parse(start).withZoneSameInstant(Meeting.LONDON);
		return new PublicMeeting("m-" + start, "PAF", "Police Accountability Forum", at, at.plusHours(2),
				"Council Chamber", cancelled, LocalDate.parse(deadline), List.of(), null);
	}

	private static SiteProperties site(String colour) {
		return new SiteProperties("Office of the Police and Crime Commissioner", colour,
				URI.create("https://quorum.opcc.example"));
	}

	private static BufferedImage decode(byte[] png) throws IOException {
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		assertThat(image).as("a PNG ImageIO reads").isNotNull();
		return image;
	}

	/**
	 * A day's cell, found in the calendar's weeks and placed by the renderer's layout.
	 */
	private static Rectangle cellOf(YearAtAGlance year, LocalDate date) {
		List<List<YearAtAGlance.DayView>> weeks = year.months().get(date.getMonthValue() - 1).weeks();
		for (int w = 0; w < weeks.size(); w++) {
			for (int d = 0; d < 7; d++) {
				if (date.equals(weeks.get(w).get(d).date())) {
					return YearPicture.cell(date.getMonthValue() - 1, w, d);
				}
			}
		}
		throw new AssertionError(date + " is not on the calendar");
	}

	/**
	 * Near a cell's top-left corner, inside any outline and clear of the day's number.
	 */
	private static java.awt.Point inside(YearAtAGlance year, LocalDate date) {
		Rectangle cell = cellOf(year, date);
		return new java.awt.Point(cell.x + 4, cell.y + 4);
	}

	private static Rectangle plain(YearAtAGlance year) {
		return cellOf(year, LocalDate.of(2027, 2, 2));
	}

	private static Color colour(BufferedImage image, java.awt.Point at) {
		return new Color(image.getRGB(at.x, at.y) & 0xffffff);
	}

	/** The lowest brightness (0 to 255) of any pixel in the area. */
	private static int darkest(BufferedImage image, Rectangle area) {
		int darkest = 255;
		for (int y = area.y; y < area.y + area.height; y++) {
			for (int x = area.x; x < area.x + area.width; x++) {
				Color c = colour(image, new java.awt.Point(x, y));
				darkest = Math.min(darkest, (c.getRed() + c.getGreen() + c.getBlue()) / 3);
			}
		}
		return darkest;
	}

}
