package uk.opcc.quorum.bot.teams;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import uk.opcc.quorum.bot.BotClasses;
import uk.opcc.quorum.bot.MicrosoftSchemas;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Teams app manifest exactly as the build packages it (bot/target/teams-app, filled
 * from the teams.* properties in bot/pom.xml before the tests run) against Microsoft's
 * manifest schema v1.17, and its command lists against the commands Quorum really has.
 */
class TeamsManifestSchemaTests {

	private static final Path PACKAGED = Path.of("target/teams-app/manifest.json");

	private static final JsonMapper JSON = new JsonMapper();

	@Test
	void packagedManifestMatchesTheTeamsSchema() throws IOException {
		String manifest = packaged();
		assertThat(manifest).as("every placeholder filled by the build").doesNotContain("@teams.");
		assertThat(MicrosoftSchemas.teamsManifestErrors(manifest)).isEmpty();
	}

	@Test
	void aDeveloperNameLongerThanTeamsAllowsFails() throws IOException {
		ObjectNode broken = (ObjectNode) JSON.readTree(packaged());
		String name = "Office of the Police and Crime Commissioner";
		assertThat(name).hasSize(43);
		((ObjectNode) broken.get("developer")).put("name", name);
		assertThat(MicrosoftSchemas.teamsManifestErrors(broken.toString()))
			.anySatisfy(error -> assertThat(error).startsWith("/developer/name maxLength").contains("32"));
	}

	@Test
	void aManifestClaimingAnotherVersionFails() throws IOException {
		// the schema pins manifestVersion with const; the validator must not skip it
		ObjectNode broken = (ObjectNode) JSON.readTree(packaged());
		broken.put("manifestVersion", "1.16");
		assertThat(MicrosoftSchemas.teamsManifestErrors(broken.toString()))
			.anySatisfy(error -> assertThat(error).startsWith("/manifestVersion const"));
	}

	@Test
	void commandListsOfferQuorumsRealCommandsInEveryScope() throws IOException {
		Map<String, String> commands = commands();
		JsonNode bot = JSON.readTree(packaged()).get("bots").get(0);
		assertThat(bot.get("supportsFiles").asBoolean()).as("upload takes files sent to Quorum").isTrue();
		Set<String> listed = new LinkedHashSet<>();
		Map<String, List<String>> byScope = new LinkedHashMap<>();
		for (JsonNode list : bot.get("commandLists")) {
			List<String> titles = new ArrayList<>();
			list.get("commands").forEach(command -> titles.add(command.get("title").asString()));
			list.get("scopes").forEach(scope -> byScope.put(scope.asString(), titles));
			listed.addAll(titles);
		}
		List<String> botScopes = new ArrayList<>();
		bot.get("scopes").forEach(scope -> botScopes.add(scope.asString()));
		assertThat(byScope.keySet()).as("a command list for each scope").containsExactlyInAnyOrderElementsOf(botScopes);
		assertThat(commands.keySet()).as("every title a command Quorum answers").containsAll(listed);
		// Teams menus hold ten commands each; what is not on a menu is taught by help's
		// examples
		Set<String> taught = new LinkedHashSet<>();
		BotClasses.commands()
			.stream()
			.filter(handler -> !handler.examples().isEmpty())
			.forEach(handler -> taught.add(handler.names().get(0)));
		Set<String> reachable = new LinkedHashSet<>(listed);
		reachable.addAll(taught);
		assertThat(reachable).as("every command on a menu or in help's examples").containsAll(commands.keySet());
		// Teams hands files to a bot in a personal chat only
		assertThat(byScope.get("personal")).contains("help", "ask", "upload");
	}

	/** The packaged manifest; run through Maven, which fills it before the tests. */
	private static String packaged() throws IOException {
		assertThat(PACKAGED).as("filled by the teams-manifest execution in process-resources").exists();
		return Files.readString(PACKAGED);
	}

	/** Every command handler in the bot by its first name (the one help shows). */
	private static Map<String, String> commands() {
		Map<String, String> commands = new LinkedHashMap<>();
		BotClasses.commands().forEach(handler -> commands.put(handler.names().get(0), handler.description()));
		assertThat(commands).as("the bot's command handlers").containsKeys("help", "ask", "upload");
		return commands;
	}

}
