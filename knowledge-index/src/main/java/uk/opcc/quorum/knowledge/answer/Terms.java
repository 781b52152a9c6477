package uk.opcc.quorum.knowledge.answer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The stemmed content words of a text: what "the passage contains the question's words"
 * means here.
 */
final class Terms {

	/**
	 * Question words and chat filler that carry no topic, on top of Lucene's English stop
	 * words.
	 */
	private static final CharArraySet STOP = stopWords();

	private static final Analyzer ANALYZER = new EnglishAnalyzer(STOP);

	private Terms() {
	}

	static Set<String> of(String text) {
		Set<String> terms = new LinkedHashSet<>();
		try (TokenStream stream = ANALYZER.tokenStream("text", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				terms.add(term.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return terms;
	}

	/**
	 * Same stem, or a long common prefix: the stemmer leaves "respond" and "response"
	 * apart.
	 */
	static boolean contains(Set<String> terms, String term) {
		if (terms.contains(term)) {
			return true;
		}
		if (term.length() < 6) {
			return false;
		}
		String prefix = term.substring(0, 6);
		return terms.stream().anyMatch(t -> t.startsWith(prefix));
	}

	private static CharArraySet stopWords() {
		CharArraySet set = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
		for (String word : ("what who whom whose which when where why how does do did done is are was were can could "
				+ "should would may might must shall i me my we our you your us tell please explain actually "
				+ "about anyone someone know need get got has have having been being much many any some "
				+ "there here also just mean means exactly happen happens go goes going went up typical typically "
				+ "usually actually really often now currently still ever")
			.split(" ")) {
			set.add(word);
		}
		return CharArraySet.unmodifiableSet(set);
	}

}
