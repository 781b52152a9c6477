package uk.opcc.quorum.knowledge;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.awaitility.Awaitility;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import uk.opcc.quorum.knowledge.answer.AnswerEngine;
import uk.opcc.quorum.knowledge.corpus.CorpusProgress;
import uk.opcc.quorum.knowledge.corpus.CorpusWatcher;
import uk.opcc.quorum.knowledge.embed.CachedEmbeddings;
import uk.opcc.quorum.knowledge.embed.LocalEmbeddingModel;
import uk.opcc.quorum.knowledge.index.Hit;
import uk.opcc.quorum.knowledge.index.IndexedPassage;
import uk.opcc.quorum.knowledge.index.Indexer;
import uk.opcc.quorum.knowledge.index.PassageIndex;
import uk.opcc.quorum.knowledge.store.DocumentStore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

@SpringBootTest(classes = KnowledgeTestApplication.class)
class KnowledgeServiceIntegrationTests {

	static final Path INDEX = TestDirs.create("index");

	static final Path CORPUS = TestDirs.create("corpus");

	@DynamicPropertySource
	static void paths(DynamicPropertyRegistry registry) {
		registry.add("quorum.knowledge.index-dir", INDEX::toString);
		registry.add("quorum.knowledge.corpus-dir", CORPUS::toString);
		registry.add("quorum.knowledge.watch-interval", () -> "200ms");
	}

	@Autowired
	KnowledgeService knowledge;

	@Autowired
	DocumentStore store;

	@Autowired
	PassageIndex index;

	@Autowired
	CachedEmbeddings embeddings;

	@Autowired
	Indexer indexer;

	@Autowired
	AnswerEngine engine;

	@Autowired
	KnowledgeProperties properties;

	@Autowired
	LocalEmbeddingModel model;

	@Test
	void newVersionOfASourceReplacesTheOldOneEverywhere() {
		IndexedDocument first = knowledge.ingest("hours.md",
				"# Opening\n\nThe office reception opens at 8.30am on weekdays.\n".getBytes(StandardCharsets.UTF_8),
				Audience.PUBLIC, "upload:hours.md");
		IndexedDocument second = knowledge.ingest("hours.md",
				"# Opening\n\nThe office reception opens at 9.15am on weekdays.\n".getBytes(StandardCharsets.UTF_8),
				Audience.PUBLIC, "upload:hours.md");

		Answer answer = knowledge.answer("what time does the office reception open?", Set.of(Audience.PUBLIC));
		assertThat(answer.text()).contains("9.15am").doesNotContain("8.30am");
		assertThat(answer.citations()).extracting(Citation::documentId).containsOnly(second.id());
		assertThat(knowledge.document(first.id())).isEmpty();
		assertThat(store.passagesOf(first.id())).isEmpty();
	}

	@Test
	void restrictedDocumentsNeedTheRestrictedAudience() {
		knowledge.ingest("legal.md", "# Legal advice\n\nCounsel advised that the Halvergate lease renewal is lawful.\n"
			.getBytes(StandardCharsets.UTF_8), Audience.RESTRICTED, "upload:legal.md");
		String question = "what did counsel advise on the Halvergate lease renewal?";
		assertThat(knowledge.answer(question, Set.of(Audience.PUBLIC, Audience.STAFF)).grounded()).isFalse();
		assertThat(knowledge.answer(question, Set.of(Audience.PUBLIC, Audience.STAFF, Audience.RESTRICTED)).grounded())
			.isTrue();
		assertThat(knowledge.documents(Set.of(Audience.PUBLIC, Audience.STAFF))).extracting(IndexedDocument::title)
			.doesNotContain("Legal advice");
	}

	@Test
	void halfFinishedIngestionIsRemovedAndLostPassagesReturnAtReconcile() {
		IndexedDocument kept = knowledge.ingest("kept.md",
				"# Ferries\n\nThe Reedham chain ferry crosses the Yare.\n".getBytes(StandardCharsets.UTF_8),
				Audience.PUBLIC, "upload:kept.md");
		// a crash after the passages reached the index but before the document record was
		// written
		String orphan = "orphan-document";
		store
			.savePassages(List.of(new DocumentStore.StoredPassage(orphan + "#0", orphan, 0, "Ghost", "Ghost passage")));
		index.replace(Set.of(orphan), List.of(new IndexedPassage(orphan + "#0", orphan, "Ghost", "Ghost",
				"Ghost passage about the Yare", Audience.PUBLIC, embeddings.passage("Ghost passage about the Yare"))));
		// and a crash that lost the kept document's passages from the index
		index.replace(Set.of(kept.id()), List.of());

		indexer.reconcile();

		assertThat(index.documentIds()).contains(kept.id()).doesNotContain(orphan);
		assertThat(store.passagesOf(orphan)).isEmpty();
		assertThat(knowledge.answer("which ferry crosses the Yare?", Set.of(Audience.PUBLIC)).citations())
			.extracting(Citation::documentId)
			.contains(kept.id());
	}

	@Test
	void indexOfAnotherModelIsRebuiltFromStoredPassages() throws Exception {
		Path dir = TestDirs.create("other-model");
		try (PassageIndex old = new PassageIndex(dir, "model-a")) {
			assertThat(old.needsRebuild()).isTrue();
		}
		try (PassageIndex same = new PassageIndex(dir, "model-a")) {
			assertThat(same.needsRebuild()).isFalse();
		}
		try (PassageIndex other = new PassageIndex(dir, "model-b")) {
			assertThat(other.needsRebuild()).isTrue();
			assertThat(other.size()).isZero();
		}
	}

	@Test
	void indexOnDiskSurvivesReopening() throws Exception {
		Path dir = TestDirs.create("reopen");
		float[] vector = embeddings.passage("The Joint Audit Committee meets five times a year.");
		try (PassageIndex first = new PassageIndex(dir, "model-a")) {
			first.replace(List.of(), List.of(new IndexedPassage("jac#0", "jac", "Audit", "Meetings",
					"The Joint Audit Committee meets five times a year.", Audience.PUBLIC, vector)));
		}
		try (PassageIndex reopened = new PassageIndex(dir, "model-a")) {
			assertThat(reopened.needsRebuild()).isFalse();
			assertThat(reopened.size()).isEqualTo(1);
			assertThat(reopened.searchText("audit committee", Set.of(Audience.PUBLIC), 5)).extracting(Hit::id)
				.containsExactly("jac#0");
			assertThat(reopened.searchText("audit committee", Set.of(Audience.STAFF), 5)).isEmpty();
		}
	}

	@Test
	void corpusFolderChangesAreReflected() throws Exception {
		Path file = CORPUS.resolve("icv.md");
		Files.writeString(file, "# Custody visiting\n\nIndependent custody visitors work in pairs at Aylsham.\n");
		Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.until(() -> knowledge.answer("where do custody visitors work in pairs?", Set.of(Audience.PUBLIC))
				.text()
				.contains("Aylsham"));

		Files.writeString(file, "# Custody visiting\n\nIndependent custody visitors work in pairs at Wymondham.\n");
		Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.until(() -> knowledge.answer("where do custody visitors work in pairs?", Set.of(Audience.PUBLIC))
				.text()
				.contains("Wymondham"));

		Files.delete(file);
		Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.until(() -> knowledge.documents(Set.of(Audience.PUBLIC))
				.stream()
				.noneMatch(d -> d.source().equals("corpus:icv.md")));
		assertThat(knowledge.answer("where do custody visitors work in pairs?", Set.of(Audience.PUBLIC)).text())
			.doesNotContain("Wymondham");
	}

	@Test
	void anUnansweredQuestionDuringTheFirstReadOfTheCorpusSaysToAskAgain() {
		// Its own progress and watcher: the application's watcher scans in the background
		// and would race the test.
		CorpusProgress progress = new CorpusProgress();
		KnowledgeService starting = new KnowledgeService(indexer, store, engine, progress, 1000);
		CorpusWatcher watcher = new CorpusWatcher(starting, indexer, properties, progress, model);
		String question = "Which colour are the lifeboats at Cromer painted?";

		progress.started();
		Answer early = starting.answer(question, Set.of(Audience.PUBLIC));
		watcher.scan();
		Answer later = starting.answer(question, Set.of(Audience.PUBLIC));

		assertThat(early.grounded()).isFalse();
		assertThat(early.text()).contains("still reading the office's documents");
		assertThat(progress.reading()).as("a completed scan ends the first read").isFalse();
		assertThat(later.text()).doesNotContain("still reading");
	}

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

		// Emoji and full-width letters, as phones type them, find the same passage.
		for (String typed : new String[] { "Can the panel veto the precept? 🤔🙏🏽", "Ｃａｎ ｔｈｅ ｐａｎｅｌ ｖｅｔｏ ｔｈｅ ｐｒｅｃｅｐｔ？",
				"can the panel veto the precept 👩‍⚖️?" }) {
			Answer same = knowledge.answer(typed, Set.of(Audience.PUBLIC));
			assertThat(same.grounded()).as(typed).isTrue();
			assertThat(same.text()).as(typed).contains("two-thirds");
		}
		assertThatIllegalArgumentException().isThrownBy(() -> knowledge.answer("🤔🤔", Set.of(Audience.PUBLIC)));
	}

}
