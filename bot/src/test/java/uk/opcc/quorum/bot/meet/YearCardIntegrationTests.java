package uk.opcc.quorum.bot.meet;

import java.awt.Color;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import uk.opcc.quorum.bot.RunningQuorum;
import uk.opcc.quorum.bot.site.SiteProperties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code year} through Teams on the running application: the card comes back to the Teams
 * connector with the picture inside it, small enough for a Teams message. Writes the
 * picture to docs/screenshots/year-card.png for the README.
 */
class YearCardIntegrationTests extends RunningQuorum {

	/** Teams refuses a message larger than about 28 KB. */
	private static final int TEAMS_MESSAGE_BYTES = 28_000;

	private static final JsonMapper JSON = new JsonMapper();

	@Autowired
	MongoTemplate mongo;

	@Autowired
	SiteProperties site;

	@BeforeEach
	void paf2027() {
		mongo.remove(new Query(), "scheduler_meetings");
		mongo.remove(new Query(), "scheduler_reminders");
		// PAF's year as the public pages show it: the last Thursday of each month but
		// August, December's brought forward, July's cancelled; and a private SGB meeting
		List<String> ids = new ArrayList<>();
		for (String start : List.of("2027-01-28T14:00:00Z", "2027-02-25T14:00:00Z", "2027-03-25T14:00:00Z",
				"2027-04-29T13:00:00Z", "2027-05-27T13:00:00Z", "2027-06-24T13:00:00Z", "2027-07-29T13:00:00Z",
				"2027-09-30T13:00:00Z", "2027-10-28T13:00:00Z", "2027-11-25T14:00:00Z", "2027-12-16T14:00:00Z")) {
			ids.add(schedule("PAF", start));
		}
		http.delete("/api/meetings/" + ids.get(6));
		schedule("SGB", "2027-02-01T10:00:00Z");
	}

	@Test
	void aSecretaryGetsTheYearAsAPictureInTheCard() throws IOException {
		String chat = newChat();
		post(message(chat, "sec-1", "year PAF 2027"));
		String posted = awaitReply(chat, "Police Accountability Forum 2027");

		assertThat(posted.getBytes(StandardCharsets.UTF_8).length).as("bytes of the message Teams receives")
			.isLessThan(TEAMS_MESSAGE_BYTES);
		JsonNode card = JSON.readTree(posted).get("attachments").get(0).get("content");
		JsonNode image = element(card, "Image");
		assertThat(image.get("altText").asString()).contains("10 meetings: 28 January, 25 February")
			.contains("cancelled: 29 July")
			.contains("bank holidays grey");
		String url = image.get("url").asString();
		assertThat(url).startsWith("data:image/png;base64,");
		byte[] png = Base64.getDecoder().decode(url.substring("data:image/png;base64,".length()));
		BufferedImage picture = ImageIO.read(new ByteArrayInputStream(png));
		assertThat(picture.getWidth()).isEqualTo(YearPicture.WIDTH);
		assertThat(picture.getHeight()).isEqualTo(YearPicture.HEIGHT);
		// 28 January 2027 is the Thursday of January's fifth week
		Rectangle meeting = YearPicture.cell(0, 4, 3);
		assertThat(new Color(picture.getRGB(meeting.x + 4, meeting.y + 4) & 0xffffff))
			.isEqualTo(Color.decode(site.primaryColour()));
		Rectangle plain = YearPicture.cell(0, 4, 1);
		assertThat(new Color(picture.getRGB(plain.x + 4, plain.y + 4) & 0xffffff)).isEqualTo(Color.WHITE);

		assertThat(element(card, "FactSet").toString()).contains("Thursday 28 January")
			.contains("PAF meeting, 14:00")
			.contains("PAF meeting, 14:00 (cancelled)")
			.doesNotContain("SGB");
		assertThat(card.get("actions").get(0).get("url").asString())
			.isEqualTo("https://quorum.opcc.test/boards/PAF/year/2027");
		Path screenshot = repositoryRoot().resolve("docs/screenshots/year-card.png");
		Files.createDirectories(screenshot.getParent());
		Files.write(screenshot, png);
	}

	@Test
	void withoutABoardEveryPublicBoardThisYear() {
		String chat = newChat();
		post(message(chat, "sec-1", "year"));
		assertThat(awaitReply(chat, "Public meetings 2027")).contains("data:image/png;base64,")
			.contains("https://quorum.opcc.test/boards/year/2027")
			.doesNotContain("SGB meeting");
	}

	@Test
	void badInputGetsASentence() {
		Map<String, String> answers = Map.of("year PAF 20x7", "There is no calendar for '20x7': give a year from 2000",
				"year 1800", "There is no calendar for '1800'", "year XYZ 2027",
				"There is no board XYZ. Public boards:", "year SGB", "SGB is a private board", "year PAF SGB 2027",
				"Say one board and a year");
		answers.forEach((text, answer) -> {
			String chat = newChat();
			post(message(chat, "sec-1", text));
			assertThat(awaitReply(chat, answer)).as(text).doesNotContain("Exception").doesNotContain("Image");
		});
		String staff = newChat();
		post(message(staff, "staff-1", "year PAF"));
		assertThat(awaitReply(staff, "needs the role")).contains("board secretary");
	}

	private String schedule(String board, String start) {
		String end = start.substring(0, 11) + String.format("%02d", Integer.parseInt(start.substring(11, 13)) + 2)
				+ start.substring(13);
		ResponseEntity<Map> created = http.postForEntity("/api/meetings",
				Map.of("board", board, "start", start, "end", end), Map.class);
		assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
		return (String) created.getBody().get("id");
	}

	private static JsonNode element(JsonNode card, String type) {
		for (JsonNode element : card.get("body")) {
			if (type.equals(element.get("type").asString())) {
				return element;
			}
		}
		throw new AssertionError("No " + type + " in " + card);
	}

	private static Path repositoryRoot() {
		Path dir = Path.of("").toAbsolutePath();
		while (dir != null && !(Files.exists(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("docs")))) {
			dir = dir.getParent();
		}
		if (dir == null) {
			throw new IllegalStateException("Not inside the repository: " + Path.of("").toAbsolutePath());
		}
		return dir;
	}

}
