package uk.opcc.quorum.knowledge;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(classes = KnowledgeTestApplication.class)
class KnowledgeServiceIntegrationTests {

	static final Path INDEX = TestDirs.create("index");

	@DynamicPropertySource
	static void paths(DynamicPropertyRegistry registry) {
		registry.add("quorum.knowledge.index-dir", INDEX::toString);
		registry.add("quorum.knowledge.corpus-dir", () -> TestDirs.create("corpus").toString());
	}

	@Autowired
	KnowledgeService knowledge;

	@Test
	void answersWithCitationFromIndexedDocument() {
		IndexedDocument doc = knowledge.ingest("panel.md", """
				# The Police and Crime Panel
				## Powers
				The panel can veto the proposed precept by a two-thirds majority of its members.
				It holds confirmation hearings for senior appointments.
				""".getBytes(StandardCharsets.UTF_8), Audience.PUBLIC, "upload:panel.md");

		Answer answer = knowledge.answer("Can the panel veto the precept?", Set.of(Audience.PUBLIC));

		assertThat(answer.grounded()).isTrue();
		assertThat(answer.text()).contains("two-thirds").contains("[1]");
		assertThat(answer.citations()).first().satisfies(citation -> {
			assertThat(citation.documentId()).isEqualTo(doc.id());
			assertThat(citation.section()).isEqualTo("Powers");
			assertThat(citation.snippet()).contains("veto");
		});
	}

}
