package uk.opcc.quorum.bot.teams;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Teams app package sources in config/teams: what Teams checks when the zip is
 * uploaded.
 */
class TeamsAppPackageTests {

	private static final Path TEAMS = Path.of("../config/teams");

	@Test
	void manifestNamesTheBotAndItsCommands() throws IOException {
		JsonNode manifest = new ObjectMapper().readTree(TEAMS.resolve("manifest.json").toFile());
		assertThat(manifest.get("manifestVersion").asText()).isEqualTo("1.17");
		assertThat(manifest.get("$schema").asText()).contains("/v1.17/");
		assertThat(manifest.get("id").asText()).isEqualTo("@teams.app.id@");
		JsonNode bot = manifest.get("bots").get(0);
		assertThat(bot.get("botId").asText()).isEqualTo("@teams.bot.id@");
		assertThat(bot.get("scopes")).extracting(JsonNode::asText).contains("personal", "team", "groupChat");
		List<String> commands = new ArrayList<>();
		bot.get("commandLists").get(0).get("commands").forEach(c -> commands.add(c.get("title").asText()));
		assertThat(commands).contains("help", "ask");
		assertThat(manifest.get("name").get("short").asText().length()).isLessThanOrEqualTo(30);
		assertThat(manifest.get("description").get("short").asText().length()).isLessThanOrEqualTo(80);
		assertThat(manifest.get("description").get("full").asText().length()).isLessThanOrEqualTo(4000);
	}

	@Test
	void iconsHaveTheSizesTeamsRequires() throws IOException {
		BufferedImage color = ImageIO.read(TEAMS.resolve("color.png").toFile());
		assertThat(color.getWidth()).isEqualTo(192);
		assertThat(color.getHeight()).isEqualTo(192);
		BufferedImage outline = ImageIO.read(TEAMS.resolve("outline.png").toFile());
		assertThat(outline.getWidth()).isEqualTo(32);
		assertThat(outline.getHeight()).isEqualTo(32);
		assertThat(outline.getRGB(0, 0) >>> 24).as("outline background is transparent").isZero();
		for (int x = 0; x < 32; x++) {
			for (int y = 0; y < 32; y++) {
				int argb = outline.getRGB(x, y);
				assertThat((argb >>> 24) == 0 || (argb & 0xFFFFFF) == 0xFFFFFF).as("outline is white on transparent")
					.isTrue();
			}
		}
	}

}
