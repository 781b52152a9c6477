package uk.opcc.quorum.bot;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * A Markdown document of generated board business, larger than the test profile's
 * {@code quorum.knowledge.background-above} (8 KB) and within its {@code max-file-size}
 * (48 KB), so it is indexed in the background; it states one fact to ask about. The seed
 * makes each test's document its own (the same content twice is not indexed again).
 */
public final class LargeDocument {

	private static final List<String> BOARDS = List.of("Strategic Governance Board", "Police Accountability Forum",
			"Joint Audit Committee", "Estates Governance Board");

	private static final List<String> TOPICS = List.of("fleet replacement", "custody healthcare", "victim services",
			"rural crime", "road safety", "body-worn video", "contact centre", "cyber resilience");

	private LargeDocument() {
	}

	public static byte[] of(String title, String fact, long seed) {
		Random random = new Random(seed);
		StringBuilder text = new StringBuilder("# " + title + "\n\n## Summary\n\n" + fact + "\n\n## Business\n\n");
		// one section of plain lines, so a few long passages: many small ones would weigh
		// on the word statistics every other test's question is answered with
		for (int item = 1; text.length() < 12 * 1024; item++) {
			String topic = TOPICS.get(random.nextInt(TOPICS.size()));
			text.append("The " + BOARDS.get(random.nextInt(BOARDS.size())) + " considered the " + topic + " report "
					+ seed % 1000 + "-" + item + " and recorded " + (2 + random.nextInt(9)) + " actions for quarter "
					+ (1 + random.nextInt(4)) + ". Officers will return with costed options by week "
					+ (1 + random.nextInt(52)) + ".\n");
		}
		return text.toString().getBytes(StandardCharsets.UTF_8);
	}

}
