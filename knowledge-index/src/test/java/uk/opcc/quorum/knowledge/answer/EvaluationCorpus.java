package uk.opcc.quorum.knowledge.answer;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import uk.opcc.quorum.knowledge.Audience;
import uk.opcc.quorum.knowledge.IndexedDocument;
import uk.opcc.quorum.knowledge.KnowledgeService;
import uk.opcc.quorum.knowledge.TestDirs;
import uk.opcc.quorum.knowledge.corpus.CorpusWatcher;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Indexes an evaluation set's corpus through the watched folder, as Quorum does at start.
 */
final class EvaluationCorpus {

	private EvaluationCorpus() {
	}

	/**
	 * Points Quorum at the set's corpus folder as the watched folder, with a new index
	 * directory of its own.
	 */
	static void register(DynamicPropertyRegistry registry, EvaluationSet set, String indexName) {
		registry.add("quorum.knowledge.index-dir", () -> TestDirs.create(indexName).toString());
		registry.add("quorum.knowledge.corpus-dir",
				() -> Path.of(set.corpus()).toAbsolutePath().normalize().toString());
	}

	/**
	 * Scans the corpus folder and answers each file's path (relative to the folder) with
	 * its document id.
	 */
	static Map<String, String> index(CorpusWatcher corpus, KnowledgeService knowledge) {
		corpus.scan();
		Map<String, String> ids = new HashMap<>();
		for (IndexedDocument document : knowledge.documents(List.of(Audience.values()))) {
			ids.put(document.source().substring("corpus:".length()), document.id());
		}
		return ids;
	}

}
