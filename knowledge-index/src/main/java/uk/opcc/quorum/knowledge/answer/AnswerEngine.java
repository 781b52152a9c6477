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
import uk.opcc.quorum.knowledge.ingest.Places;

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

	private final uk.opcc.quorum.knowledge.index.PassageIndex index;

	private final Map<String, String> acronyms;

	private final Map<Pattern, String> acronymPatterns;

	private final ChatClient chat;

	private final int candidates;

	/** This office's police area by its full name, or empty. */
	private final String office;

	private final AskModel model = AskModel.shipped();

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
		this.candidates = properties.candidates();
		this.office = Places.in(properties.office().toLowerCase(java.util.Locale.ROOT))
			.stream()
			.findFirst()
			.orElse(properties.office());
		this.embeddings = embeddings;
		this.acronyms = properties.acronyms();
		// people type "cc", "s151" and "jac" as often as "CC", "S151" and "JAC"
		this.acronymPatterns = new java.util.LinkedHashMap<>();
		acronyms.forEach((acronym, meaning) -> acronymPatterns
			.put(Pattern.compile("\\b" + Pattern.quote(acronym) + "\\b", Pattern.CASE_INSENSITIVE), meaning));
		this.chat = chat;
		this.llmTimeoutMillis = properties.llmTimeout().toMillis();
	}

	public Answer answer(String question, Collection<Audience> audiences, Retriever.Mode mode) {
		Judgement judged = judge(question, audiences, mode);
		List<Hit> hits = judged.hits();
		if (!judged.identifiersKnown() || !model.answers(judged.signals())) {
			return judged.asked().isEmpty() ? ExtractiveAnswerer.refusal(question) : nearMiss(question, judged);
		}
		if (chat == null) {
			return ExtractiveAnswerer.answer(judged.units(), hits, model, judged.list(), Answer.Mode.EXTRACTIVE);
		}
		try {
			Optional<Answer> generated = CompletableFuture
				.supplyAsync(() -> GroundedAnswerer.answer(chat, question, hits), llmCalls)
				.get(llmTimeoutMillis, TimeUnit.MILLISECONDS);
			return generated.orElseGet(() -> ExtractiveAnswerer.answer(judged.units(), hits, model, judged.list(),
					Answer.Mode.EXTRACTIVE_FALLBACK));
		}
		catch (Exception ex) {
			log.warn("Language model failed ({}); answering from the passages directly", ex.toString());
			Answer quoted = ExtractiveAnswerer.answer(judged.units(), hits, model, judged.list(),
					Answer.Mode.EXTRACTIVE_FALLBACK);
			return new Answer(quoted.text() + FALLBACK_NOTE, true, quoted.citations(), quoted.mode());
		}
	}

	/**
	 * A question measured against what the index holds.
	 *
	 * @param found the passages retrieved, best first
	 * @param hits those of them that meet the year, office or number the question pins
	 * down
	 * @param units the quotable units of the best hits
	 * @param identifiersKnown false when the question names an identifier ("band B") that
	 * no document uses
	 */
	record Judgement(String expanded, float[] vector, Specifics asked, List<Hit> found, List<Hit> hits,
			List<Quotable> units, Signals signals, boolean identifiersKnown) {

		/** Whether the question asks for the items of a list. */
		boolean list() {
			return FactKind.asksForList(expanded);
		}

	}

	/** Retrieves and measures, without deciding; exposed for fitting and evaluation. */
	Judgement judge(String question, Collection<Audience> audiences, Retriever.Mode mode) {
		String expanded = expand(question);
		Specifics asked = Specifics.of(question);
		float[] vector = embeddings.query(expanded);
		// With specifics, a wider net, then only the passages that meet the year, office
		// or number asked for.
		boolean pinned = !asked.isEmpty() || !office.isEmpty();
		List<Hit> found = retriever.retrieve(expanded, vector, audiences, mode, pinned ? candidates : PASSAGES);
		if (asked.places().isEmpty() && !office.isEmpty()) {
			found = found.stream().filter(hit -> hit.office().isEmpty() || hit.office().equals(office)).toList();
		}
		List<Hit> hits = asked.isEmpty() ? found.subList(0, Math.min(PASSAGES, found.size()))
				: found.stream().filter(hit -> asked.disagreement(specificsOf(hit)).isEmpty()).limit(PASSAGES).toList();
		Answerability answerability = answerability();
		List<Quotable> units = Quotable.of(expanded, vector, hits, answerability::weights);
		return new Judgement(expanded, vector, asked, found, hits, units, answerability.signals(question, hits, units),
				answerability.identifiersKnown(question));
	}

	/**
	 * No passage meets what the question pins down. If one would answer it but for
	 * another year or office, say so with that passage cited rather than state its figure
	 * as the answer; otherwise refuse.
	 */
	private Answer nearMiss(String question, Judgement judged) {
		Answerability answerability = answerability();
		List<Hit> found = judged.found();
		for (Hit hit : found.subList(0, Math.min(Quotable.PASSAGES_CONSIDERED, found.size()))) {
			Optional<Specifics.Disagreement> other = judged.asked().disagreement(specificsOf(hit));
			if (other.isEmpty() || other.get().given().isEmpty()) {
				continue;
			}
			List<Hit> alone = List.of(hit);
			Signals signals = answerability.signals(question, alone,
					Quotable.of(judged.expanded(), judged.vector(), alone, answerability::weights));
			if (model.answers(signals)) {
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
		return Specifics.of(hit.title() + "\n" + hit.section() + "\n" + hit.text()).withPlace(hit.office());
	}

	Answerability answerability() {
		return new Answerability(acronyms, term -> index.documentFrequency(term)[0], index::hasTermWithPrefix,
				index.size());
	}

	/** The passages for a question, best first; exposed for evaluation. */
	public List<Hit> retrieve(String question, Collection<Audience> audiences, Retriever.Mode mode, int k) {
		float[] vector = embeddings.query(question);
		return retriever.retrieve(question, vector, audiences, mode, k);
	}

	/**
	 * "What does the PCP do?" becomes "What does the PCP (Police and Crime Panel) do?".
	 */
	public String expand(String question) {
		String expanded = question;
		for (Map.Entry<Pattern, String> acronym : acronymPatterns.entrySet()) {
			Matcher matcher = acronym.getKey().matcher(expanded);
			if (matcher.find()) {
				expanded = matcher
					.replaceFirst(Matcher.quoteReplacement(matcher.group() + " (" + acronym.getValue() + ")"));
			}
		}
		return Places.withFullNames(expanded);
	}

}
