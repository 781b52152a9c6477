package uk.opcc.quorum.scheduler.when;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How long typical messages take, after as many to warm up: prints the figure and asserts
 * only that every message was answered (timings on a shared machine are not a test).
 */
class WhenParserSpeedTests {

	private static final List<String> MESSAGES = List.of("book the SGB for the first Tuesday in March at 10",
			"Can we meet tomorrow at 2pm?", "next Friday at 10.30 please", "3rd March at 2pm",
			"at 14:30 on the 5th of May", "Could the panel meet on 03/03/2027 at half past two?",
			"move the audit committee to Thursday", "thanks, that's fine", "Please circulate the papers for item 4.10",
			"in two weeks at 10", "The quorum is 2/3 of members; can we do Tuesday 8th December at 9?",
			"Friday week, midday", "I can't make 31st February \uD83D\uDE05", "what about 25:00?",
			"Good morning all \u2014 is this Friday at 7 OK for the extraordinary meeting of the Police and Crime Panel,"
					+ " or should we move it to the second Wednesday of next month?",
			"2027-03-03", "tomorrow", "The minutes of the last meeting are attached.");

	@Test
	void parsesTenThousandMessages() {
		WhenParser parser = new WhenParser(WhenParserTests.MONDAY_30_NOVEMBER_2026_0900);
		for (int i = 0; i < 10_000; i++) {
			parser.parse(MESSAGES.get(i % MESSAGES.size()));
		}
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		int answered = 0;
		long cpu = threads.getCurrentThreadCpuTime();
		long wall = System.nanoTime();
		for (int i = 0; i < 10_000; i++) {
			if (parser.parse(MESSAGES.get(i % MESSAGES.size())) != null) {
				answered++;
			}
		}
		cpu = threads.getCurrentThreadCpuTime() - cpu;
		wall = System.nanoTime() - wall;
		// CPU time is what the parser costs; wall time adds waiting for a shared CPU
		System.out.printf("WhenParser: 10,000 messages in %d ms of CPU (%.1f \u00B5s a message), %d ms wall%n",
				cpu / 1_000_000, cpu / 10_000 / 1000.0, wall / 1_000_000);
		assertThat(answered).isEqualTo(10_000);
	}

	@Test
	void parsesTenThousandCharacters() {
		WhenParser parser = new WhenParser(WhenParserTests.MONDAY_30_NOVEMBER_2026_0900);
		String longMessage = String.join(" ", MESSAGES).repeat(20).substring(0, 10_000);
		long start = System.nanoTime();
		WhenResult result = parser.parse(longMessage);
		System.out.printf("WhenParser: one 10,000-character message in %.1f ms%n",
				(System.nanoTime() - start) / 1_000_000.0);
		assertThat(result).isNotNull();
	}

}
