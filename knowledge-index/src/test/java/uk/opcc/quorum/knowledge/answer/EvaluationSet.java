package uk.opcc.quorum.knowledge.answer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.Yaml;

import uk.opcc.quorum.knowledge.Audience;

/**
 * A question set with the corpus it is asked of, read from
 * {@code src/test/resources/eval/*.yaml}.
 */
record EvaluationSet(String corpus, List<Audience> audiences, List<Question> questions,
		Map<String, List<String>> split) {

	/**
	 * @param kind what it asks for ("who", "how-much", ...), blank when the set does not
	 * say
	 */
	record Question(String text, String document, List<String> facts, boolean answerable, String kind) {
	}

	/** The questions about the documents of one half of the split ("tune" or "test"). */
	EvaluationSet half(String name) {
		List<String> documents = split.get(name);
		return new EvaluationSet(corpus, audiences,
				questions.stream().filter(q -> documents.contains(q.document())).toList(), Map.of());
	}

	@SuppressWarnings("unchecked")
	static EvaluationSet load(String resource) {
		try (InputStream in = EvaluationSet.class.getResourceAsStream(resource)) {
			Map<String, Object> yaml = new Yaml().load(in);
			List<Question> questions = ((List<Map<String, Object>>) yaml.get("questions")).stream()
				.map(q -> new Question((String) q.get("q"), (String) q.get("doc"),
						(List<String>) q.getOrDefault("facts", List.of()),
						(Boolean) q.getOrDefault("answerable", Boolean.TRUE), (String) q.getOrDefault("kind", "")))
				.toList();
			List<Audience> audiences = ((List<String>) yaml.get("audiences")).stream().map(Audience::valueOf).toList();
			Map<String, List<String>> split = (Map<String, List<String>>) yaml.getOrDefault("split", Map.of());
			return new EvaluationSet((String) yaml.get("corpus"), audiences, questions, split);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
