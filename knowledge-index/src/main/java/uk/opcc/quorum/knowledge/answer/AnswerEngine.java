package uk.opcc.quorum.knowledge.answer;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.ai.chat.client.ChatClient;

import uk.opcc.quorum.knowledge.Answer;
import uk.opcc.quorum.knowledge.Audience;
import uk.opcc.quorum.knowledge.Citation;
import uk.opcc.quorum.knowledge.KnowledgeProperties;
import uk.opcc.quorum.knowledge.embed.CachedEmbeddings;
import uk.opcc.quorum.knowledge.index.Hit;
import uk.opcc.quorum.knowledge.index.Retriever;

/**
 * Turns a question into an answer: expands the office's acronyms, retrieves passages the
 * reader may see, decides whether they answer, then quotes them (no language model) or
 * has a configured model write a checked, cited answer, falling back to quoting when the
 * model fails, is slow, or strays from the passages.
 */
public class AnswerEngine {

	private static final Logger log = LoggerFactory.getLogger(AnswerEngine.class);

	static final int PASSAGES = 5;

	private static final String FALLBACK_NOTE = "\n\n(The language model could not answer just now, so this answer "
			+ "quotes the documents directly.)";

	private final Retriever retriever;

	private final CachedEmbeddings embeddings;

	private final KnowledgeProperties properties;

	private final uk.opcc.quorum.knowledge.index.PassageIndex index;

	private final Map<String, String> acronyms;

	private final ChatClient chat;

	private final long llmTimeoutMillis;

	/**
	 * Model calls run on their own threads: a call that outlives its time limit keeps its
	 * thread until the HTTP client gives up, and must not hold up the next question (the
	 * common pool has one thread on two cores). Past {@value #MAX_LLM_CALLS} calls at
	 * once, a question is answered by quoting straight away.
	 */
	private final ExecutorService llmCalls = new ThreadPoolExecutor(0, MAX_LLM_CALLS, 30, TimeUnit.SECONDS,
			new SynchronousQueue<>(), runnable -> {
				Thread thread = new Thread(runnable, "quorum-llm");
				thread.setDaemon(true);
				return thread;
			});

	private static final int MAX_LLM_CALLS = 16;

	public AnswerEngine(uk.opcc.quorum.knowledge.index.PassageIndex index, CachedEmbeddings embeddings,
			KnowledgeProperties properties, ChatClient chat) {
		this.index = index;
		this.retriever = new Retriever(index, properties.candidates());
		this.embeddings = embeddings;
		this.properties = properties;
		this.acronyms = properties.acronyms();
		this.chat = chat;
		this.llmTimeoutMillis = properties.llmTimeout().toMillis();
	}

	public Answer answer(String question, Collection<Audience> audiences, Retriever.Mode mode) {
		String expanded = expand(question);
		Specifics asked = Specifics.of(question);
		Answerability answerability = answerability(properties.minSimilarity(), properties.minCoverage());
		// With specifics, a wider net, then only the passages that meet the year, office
		// or number asked for.
		List<Hit> found = retrieve(expanded, audiences, mode, asked.isEmpty() ? PASSAGES : PASSAGES * 4);
		List<Hit> hits = asked.isEmpty() ? found
				: found.stream().filter(hit -> asked.disagreement(specificsOf(hit)).isEmpty()).limit(PASSAGES).toList();
		if (!answerability.answers(question, hits)) {
			return asked.isEmpty() ? ExtractiveAnswerer.refusal(question)
					: nearMiss(question, asked, found, answerability);
		}
		if (chat == null) {
			return ExtractiveAnswerer.answer(expanded, hits, Answer.Mode.EXTRACTIVE);
		}
		try {
			Optional<Answer> generated = CompletableFuture
				.supplyAsync(() -> GroundedAnswerer.answer(chat, question, hits), llmCalls)
				.get(llmTimeoutMillis, TimeUnit.MILLISECONDS);
			return generated
				.orElseGet(() -> ExtractiveAnswerer.answer(expanded, hits, Answer.Mode.EXTRACTIVE_FALLBACK));
		}
		catch (Exception ex) {
			log.warn("Language model failed ({}); answering from the passages directly", ex.toString());
			Answer quoted = ExtractiveAnswerer.answer(expanded, hits, Answer.Mode.EXTRACTIVE_FALLBACK);
			return new Answer(quoted.text() + FALLBACK_NOTE, true, quoted.citations(), quoted.mode());
		}
	}

	/**
	 * No passage meets what the question pins down. If one would answer it but for
	 * another year or office, say so with that passage cited rather than state its figure
	 * as the answer; otherwise refuse.
	 */
	private static Answer nearMiss(String question, Specifics asked, List<Hit> found, Answerability answerability) {
		for (Hit hit : found.subList(0, Math.min(Answerability.PASSAGES_CONSIDERED, found.size()))) {
			Optional<Specifics.Disagreement> other = asked.disagreement(specificsOf(hit));
			if (other.isPresent() && other.get().given().isPresent() && answerability.answers(question, List.of(hit))) {
				String snippet = hit.text().length() <= 300 ? hit.text() : hit.text().substring(0, 299).strip() + "…";
				return new Answer(
						"The documents give this for " + other.get().given().get() + ", not for " + other.get().asked()
								+ " [1].",
						false, List.of(new Citation(hit.documentId(), hit.title(), hit.section(), snippet)),
						Answer.Mode.EXTRACTIVE);
			}
		}
		return ExtractiveAnswerer.refusal(question);
	}

	private static Specifics specificsOf(Hit hit) {
		return Specifics.of(hit.title() + "\n" + hit.section() + "\n" + hit.text());
	}

	Answerability answerability(double minSimilarity, double minCoverage) {
		long passages = index.size();
		return new Answerability(minSimilarity, minCoverage, acronyms, term -> index.documentFrequency(term)[0],
				index::hasTermWithPrefix, passages);
	}

	/** The passages for a question, best first; exposed for evaluation. */
	public List<Hit> retrieve(String question, Collection<Audience> audiences, Retriever.Mode mode, int k) {
		// Even a text-only search embeds the question: the similarity decides whether the
		// documents answer.
		float[] vector = embeddings.query(question);
		return retriever.retrieve(question, vector, audiences, mode, k);
	}

	/**
	 * "What does the PCP do?" becomes "What does the PCP (Police and Crime Panel) do?".
	 */
	public String expand(String question) {
		String expanded = question;
		for (Map.Entry<String, String> acronym : acronyms.entrySet()) {
			Matcher matcher = Pattern.compile("\\b" + Pattern.quote(acronym.getKey()) + "\\b").matcher(expanded);
			if (matcher.find()) {
				expanded = matcher
					.replaceFirst(Matcher.quoteReplacement(acronym.getKey() + " (" + acronym.getValue() + ")"));
			}
		}
		return expanded;
	}

}
