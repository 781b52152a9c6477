package uk.opcc.quorum.knowledge.answer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.ai.chat.client.ChatClient;

import uk.opcc.quorum.knowledge.Answer;
import uk.opcc.quorum.knowledge.Citation;
import uk.opcc.quorum.knowledge.index.Hit;
import uk.opcc.quorum.knowledge.index.Units;

/**
 * Answers with a language model, from the retrieved passages only. What comes back is
 * checked, not trusted: a citation marker that names no retrieved passage is dropped, and
 * an answer that cites nothing or states a number found in none of its cited passages is
 * rejected, so the caller falls back to the extractive answer.
 */
final class GroundedAnswerer {

	private static final Pattern MARKER = Pattern.compile("\\[(\\d{1,2})]");

	private static final Pattern NUMBER = Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?");

	private static final String SYSTEM = """
			You answer questions for staff and candidates of an Office of the Police and Crime Commissioner.
			Use ONLY the numbered passages given. After every sentence, cite the passage(s) it rests on as [n].
			Never state a fact, name or number that is not in a cited passage. If the passages do not answer the
			question, reply exactly: NOT IN DOCUMENTS. Answer in at most five short sentences.""";

	private GroundedAnswerer() {
	}

	static Optional<Answer> answer(ChatClient chat, String question, List<Hit> hits) {
		StringBuilder passages = new StringBuilder();
		for (int i = 0; i < hits.size(); i++) {
			Hit hit = hits.get(i);
			passages.append('[')
				.append(i + 1)
				.append("] ")
				.append(hit.title())
				.append(" - ")
				.append(hit.section())
				.append('\n')
				.append(hit.text())
				.append("\n\n");
		}
		String reply = chat.prompt()
			.system(SYSTEM)
			.user("Passages:\n" + passages + "Question: " + question)
			.call()
			.content();
		if (reply == null || reply.isBlank() || reply.contains("NOT IN DOCUMENTS")) {
			return Optional.empty();
		}
		return checked(reply.strip(), hits);
	}

	static Optional<Answer> checked(String reply, List<Hit> hits) {
		Map<Integer, Integer> renumbered = new LinkedHashMap<>();
		StringBuilder text = new StringBuilder();
		Matcher marker = MARKER.matcher(reply);
		while (marker.find()) {
			int cited = Integer.parseInt(marker.group(1));
			String replacement = "";
			if (cited >= 1 && cited <= hits.size()) {
				replacement = "[" + renumbered.computeIfAbsent(cited, c -> renumbered.size() + 1) + "]";
			}
			marker.appendReplacement(text, Matcher.quoteReplacement(replacement));
		}
		marker.appendTail(text);
		if (renumbered.isEmpty()) {
			return Optional.empty();
		}
		StringBuilder citedText = new StringBuilder();
		renumbered.keySet().forEach(n -> citedText.append(hits.get(n - 1).text()).append('\n'));
		String normalisedSource = citedText.toString().replace(",", "");
		List<String> stated = new ArrayList<>();
		Matcher number = NUMBER.matcher(text.toString().replaceAll("\\[\\d+]", ""));
		while (number.find()) {
			if (!normalisedSource.contains(number.group().replace(",", ""))) {
				return Optional.empty();
			}
			stated.add(number.group().replace(",", ""));
		}
		List<Citation> citations = new ArrayList<>();
		renumbered.keySet().forEach(n -> {
			Hit hit = hits.get(n - 1);
			citations.add(new Citation(hit.documentId(), hit.title(), hit.section(), snippet(hit.text(), stated)));
		});
		return Optional
			.of(new Answer(text.toString().replaceAll(" +", " ").strip(), true, citations, Answer.Mode.GENERATED));
	}

	/**
	 * The passage as quoted under the answer: whole when short, else the lines that hold
	 * the numbers the answer states, so that the reader sees each figure where it comes
	 * from, or else its opening.
	 */
	private static String snippet(String text, List<String> numbers) {
		if (text.length() <= 300) {
			return text;
		}
		List<String> holding = Units.of(text)
			.stream()
			.filter(unit -> numbers.stream().anyMatch(n -> unit.replace(",", "").contains(n)))
			.toList();
		if (holding.isEmpty()) {
			return text.substring(0, 299).strip() + "…";
		}
		return String.join(" ... ", holding);
	}

}
