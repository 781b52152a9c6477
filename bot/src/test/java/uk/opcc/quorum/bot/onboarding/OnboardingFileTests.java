package uk.opcc.quorum.bot.onboarding;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.opcc.quorum.bot.system.StartupProblem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The one reader of config/onboarding.yml: the shipped programme reads, and each mistake
 * refuses the whole file with a sentence naming the file, the topic and the field.
 */
class OnboardingFileTests {

	private static final String GOOD_TOPIC = """
			  - id: role
			    title: The role
			    audience: public
			    order: 1
			    questions:
			      - What does the Police and Crime Commissioner do?
			""";

	@TempDir
	Path temp;

	@Test
	void theShippedProgrammeReadsInOrder() {
		List<Topic> topics = OnboardingFile.read(Path.of("../config/onboarding.yml"));
		assertThat(topics).hasSize(7);
		assertThat(topics).extracting(Topic::order).isSorted();
		assertThat(topics).filteredOn(topic -> topic.audience() == Topic.Audience.PUBLIC).hasSize(6);
		assertThat(topics).allSatisfy(topic -> assertThat(topic.questions()).isNotEmpty());
		assertThat(topics.get(0).title()).isEqualTo("The role and the Policing Protocol");
	}

	@Test
	void anUnknownFieldIsRefusedByName() throws IOException {
		Path file = write(GOOD_TOPIC + """
				  - id: precept
				    title: The precept
				    audience: public
				    order: 2
				    colour: blue
				    questions: ["What is the precept?"]
				""");
		assertThatThrownBy(() -> OnboardingFile.read(file)).hasMessage(file + ": topics[1].colour is not a field "
				+ "of a topic; the fields are id, title, audience, order and questions.");
	}

	@Test
	void anUnknownAudienceIsRefusedByName() throws IOException {
		Path file = write(GOOD_TOPIC.replace("audience: public", "audience: everyone"));
		assertThatThrownBy(() -> OnboardingFile.read(file)).hasMessage(file + ": topics[0].audience = 'everyone' "
				+ "is not valid: write public (candidates and the office) or staff (the office only, the PCC among "
				+ "them).");
	}

	@Test
	void aTopicWithoutQuestionsIsRefused() throws IOException {
		Path file = write(GOOD_TOPIC.replaceAll("(?s)questions:.*", "questions: []\n"));
		assertThatThrownBy(() -> OnboardingFile.read(file)).hasMessage(
				file + ": topics[0].questions is empty: list at least one question the office's documents answer.");
	}

	@Test
	void otherMistakesAreNamedToo() throws IOException {
		assertThatThrownBy(() -> OnboardingFile.read(write(GOOD_TOPIC.replace("    order: 1\n", ""))))
			.hasMessageEndingWith(
					"topics[0].order is missing: every topic has id, title, audience, order and " + "questions.");
		assertThatThrownBy(() -> OnboardingFile.read(write(GOOD_TOPIC.replace("order: 1", "order: first"))))
			.hasMessageEndingWith("topics[0].order = 'first' is not valid: write a whole number, like 3.");
		assertThatThrownBy(() -> OnboardingFile.read(write(GOOD_TOPIC + GOOD_TOPIC.replace("order: 1", "order: 2"))))
			.hasMessageEndingWith(
					"topics[1].id = 'role' is already the id of topics[0]: give each topic an id of " + "its own.");
		assertThatThrownBy(() -> OnboardingFile.read(write(GOOD_TOPIC.replace("id: role", "id: The Role"))))
			.hasMessageContaining("topics[0].id = 'The Role' is not valid");
		assertThatThrownBy(() -> OnboardingFile.read(write(GOOD_TOPIC.replace("title: The role", "title: ["))))
			.hasMessageContaining("is not readable YAML");
		Path noList = temp.resolve("plain.yml");
		Files.writeString(noList, "topic: one\n");
		assertThatThrownBy(() -> OnboardingFile.read(noList))
			.hasMessage(noList + ": topic is not known here; the file holds its topics as a list under topics:.");
	}

	@Test
	void quorumRefusesToStartOnABrokenProgramme() throws IOException {
		Path file = write(GOOD_TOPIC.replace("audience: public", "audience: councillors"));
		assertThatThrownBy(() -> new Programme(new OnboardingProperties(file, null, 28, 6)))
			.isInstanceOf(StartupProblem.class)
			.hasMessageContaining("topics[0].audience = 'councillors' is not valid")
			.satisfies(ex -> assertThat(((StartupProblem) ex).action()).contains("quorum.onboarding.file"));
	}

	@Test
	void withoutTheFileThereIsNoProgramme() {
		Programme none = new Programme(new OnboardingProperties(temp.resolve("absent.yml"), null, 28, 6));
		assertThat(none.topicsFor(new uk.opcc.quorum.bot.command.Caller("u", "U", null,
				java.util.Set.of(uk.opcc.quorum.bot.security.Role.PCC))))
			.isEmpty();
	}

	private Path write(String topics) throws IOException {
		Path file = Files.createTempFile(temp, "onboarding", ".yml");
		Files.writeString(file, "topics:\n" + topics);
		return file;
	}

}
