package uk.opcc.quorum.knowledge.answer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import uk.opcc.quorum.knowledge.Audience;
import uk.opcc.quorum.knowledge.IndexedDocument;
import uk.opcc.quorum.knowledge.KnowledgeService;
import uk.opcc.quorum.knowledge.corpus.CorpusWatcher;

/**
 * Indexes an evaluation set's corpus through the watched folder, as Quorum does at start.
 */
final class EvaluationCorpus {

	private EvaluationCorpus() {
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
