package uk.opcc.quorum.bot.conversation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import uk.opcc.quorum.bot.conversation.Slots.Kind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scores {@link IntentRouter} on {@code eval/intents.yaml} (the tuning half) and
 * {@code eval/intents-blind.yaml} (the test half) (requests as staff, secretaries, the
 * PCC and candidates type them), with the shipped embedding model, the shipped examples
 * and {@code config/boards.yml}: intent accuracy and exact slot accuracy on the tuning
 * half and on the test half, and the time to route one message. Writes
 * {@code docs/eval/intents.md}; fails when the test half falls below its first scores.
 * Runs in every build (about half a minute, most of it loading the model).
 * <p>
 * While changing the examples, {@code -Dquorum.eval.half=tune} scores the tuning half
 * only and writes nothing, so the test half is not looked at until the change is done.
 */
class IntentEvaluationTests {

	/** What issue #14 asks of the test half, on intents and on slots. */
	static final double TARGET = 0.95;

	/**
	 * Below these the build fails: the current blind test half's first scores (round 7,
	 * 0.938 and 0.976), so that no change makes it worse. They are not the target: the
	 * report says how far the router is from it.
	 */
	static final double FLOOR_INTENTS = 0.93;

	static final double FLOOR_SLOTS = 0.97;

	/**
	 * The sets written after {@code intents.yaml}, each blind: its groups say which half
	 * they are in (the newest is the test half; each earlier one was scored once, then
	 * tuned on). Never tune on the test half's misses: write a new set instead.
	 */
	static final List<String> SETS = List.of("/eval/intents-blind.yaml", "/eval/intents-blind-2.yaml",
			"/eval/intents-blind-3.yaml");

	/**
	 * A test request this similar to an example (after both are masked) is nearly a copy
	 * of it: listed in the report. e5's similarities run high (unrelated requests score
	 * about 0.8), so only the nearest count.
	 */
	static final double NEAR_COPY = 0.98;

	static final Path REPORT = Path.of("../docs/eval/intents.md");

	static final String RERUN = "./mvnw -B -pl bot -am verify -Dtest=IntentEvaluationTests "
			+ "-Dsurefire.failIfNoSpecifiedTests=false";

	static EvalSet set;

	static IntentRouter router;

	@BeforeAll
	static void load() {
		set = EvalSet.load("/eval/intents.yaml");
		for (String more : SETS) {
			set = set.with(EvalSet.load(more));
		}
		assertThat(set.clock()).as("the set's clock is the shared router's").isEqualTo(RealRouter.NOW);
		router = RealRouter.get();
	}

	@Test
	void scoresBothHalvesAndWritesTheReport() throws IOException {
		boolean tuneOnly = "tune".equals(System.getProperty("quorum.eval.half"));
		long warm = System.nanoTime();
		router.warmUp();
		double warmUpMillis = (System.nanoTime() - warm) / 1e6;
		// one untimed pass so the timings below are of a warm router
		set.utterances().forEach(u -> router.route(u.text()));
		Scores tune = score(set.half("tune"), false);
		Scores unseen = score(set.half("tune"), true);
		Scores test = tuneOnly ? null : score(set.half("test"), false);
		StringBuilder table = new StringBuilder(
				"| half | utterances | groups | intent accuracy | exact slot accuracy | both right |\n"
						+ "| --- | --- | --- | --- | --- | --- |\n");
		table.append(tune.row("tune"));
		table.append(unseen.row("tune, own group left out"));
		if (test != null) {
			table.append(test.row("test"));
		}
		List<Double> times = new ArrayList<>(tune.millis);
		if (test != null) {
			times.addAll(test.millis);
		}
		double p50 = percentile(times, 0.50);
		double p95 = percentile(times, 0.95);
		String timing = String.format(Locale.ROOT,
				"Routing one message (one embedding, the slot readers): p50 %.1f ms, p95 %.1f ms, max %.1f ms over "
						+ "%d messages on a warm router; embedding the %d examples once took %.0f ms.",
				p50, p95, times.stream().mapToDouble(Double::doubleValue).max().orElse(0), times.size(),
				router.exampleCount(), warmUpMillis);
		System.out.println(table);
		System.out.println(timing);
		System.out.println("Tuning half misses:\n" + String.join("\n", tune.misses));
		System.out.println("Tuning half misses, own group left out:\n" + String.join("\n", unseen.misses));
		if (tuneOnly) {
			return;
		}
		System.out.println("Test half misses:\n" + String.join("\n", test.misses));
		String report = """
				<!-- Generated by IntentEvaluationTests (%s). Do not edit: rerun. -->
				# Conversation: intents and slots of plain requests

				Sets: `bot/src/test/resources/eval/intents.yaml` (the tuning half) and `intents-blind.yaml` (the
				test half): %d requests typed as staff, board secretaries, the PCC and candidates would type them
				(lower case, typos, "pls", British dates), each labelled with its intent and slots, in %d groups of
				near-duplicates. The router's examples (`bot/src/main/resources/conversation/examples.yml`, %d
				sentences) are written from the tuning half only; the test half is the figure that counts. The test
				half was written blind, by a session that saw neither the router's examples nor the tuning set; each
				earlier test half was scored once and then moved into the tuning half (see
				`docs/eval/intents-log.md`). Router: command words first, then the nearest labelled example by
				e5-small-v2 (`LocalEmbeddingModel`, "query: " before each text) among the intents whose cue words the message has, slots by
				rule; boards from `config/boards.yml`; "now" is %s. Run on %s, %d cores, Java %s.

				%s
				The tuning half's sentences are examples themselves, so its first row is near 1 by construction; the
				second routes each tuning request as if its own group's sentences were not examples.
				Intent accuracy: the intent is the labelled one. Exact slot accuracy: every slot the router returns
				equals the label and none is missing or extra (board code, WhenParser's reading, decision number,
				member id, action or topic words). Both right: the two at once. The target (issue #14) is %.0f%% on
				both for the test half, and the router does not reach it yet; the build fails when the test half falls
				below its first scores (%.2f intents, %.2f slots), so that no change makes it worse.

				%s

				Test requests whose nearest example is %.2f similar or more once both are masked (boards, free
				words), i.e. nearly the same request: %s.

				## Misses

				### tune

				%s

				### tune, own group left out

				%s

				### test

				%s
				"""
			.formatted(RERUN, set.utterances().size(), set.groups(), router.exampleCount(), set.clock(),
					LocalDate.now(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
					table, TARGET * 100, FLOOR_INTENTS, FLOOR_SLOTS, timing, NEAR_COPY,
					test.nearCopies.isEmpty() ? "none"
							: test.nearCopies.size() + ": " + String.join("; ", test.nearCopies),
					lines(tune.misses), lines(unseen.misses), lines(test.misses));
		Files.createDirectories(REPORT.getParent());
		Files.writeString(REPORT, report);
		assertThat(test.intentAccuracy()).as("intent accuracy on the test half").isGreaterThanOrEqualTo(FLOOR_INTENTS);
		assertThat(test.slotAccuracy()).as("exact slot accuracy on the test half").isGreaterThanOrEqualTo(FLOOR_SLOTS);
	}

	@Test
	void noTestHalfSentenceIsAnExample() {
		Examples examples = Examples.load();
		List<String> used = examples.all().stream().map(e -> normal(e.getValue())).toList();
		List<String> copied = set.half("test")
			.stream()
			.map(Utterance::text)
			.filter(text -> used.contains(normal(text)))
			.toList();
		assertThat(copied).as("test-half sentences copied into conversation/examples.yml").isEmpty();
	}

	private static String normal(String text) {
		return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
	}

	private static String lines(List<String> misses) {
		return misses.isEmpty() ? "None." : misses.stream().map(m -> "- " + m).collect(Collectors.joining("\n"));
	}

	/**
	 * Routes and scores each utterance; with {@code leaveGroupOut}, as if the examples
	 * file lacked every sentence of the utterance's own group (the tuning half's
	 * sentences are examples, so this is how the router does on tuning requests it has
	 * not seen).
	 */
	private static Scores score(List<Utterance> utterances, boolean leaveGroupOut) {
		Scores scores = new Scores();
		for (Utterance u : utterances) {
			java.util.Set<String> leaveOut = leaveGroupOut ? set.utterances()
				.stream()
				.filter(other -> other.group().equals(u.group()))
				.map(Utterance::text)
				.collect(Collectors.toSet()) : java.util.Set.of();
			long start = System.nanoTime();
			Route route = router.route(u.text(), false, leaveOut);
			scores.millis.add((System.nanoTime() - start) / 1e6);
			Map<Kind, String> got = route.slots().labels();
			boolean intentRight = route.intent() == u.intent();
			boolean slotsRight = got.equals(u.slots());
			scores.count++;
			scores.intents += intentRight ? 1 : 0;
			scores.slots += slotsRight ? 1 : 0;
			scores.both += intentRight && slotsRight ? 1 : 0;
			scores.groups.add(u.group());
			if (route.via() == Route.Via.EXAMPLE && route.score() >= NEAR_COPY) {
				scores.nearCopies.add(String.format(Locale.ROOT, "%s (%.2f)", u.text(), route.score()));
			}
			if (!intentRight || !slotsRight) {
				scores.misses.add(String.format(Locale.ROOT, "\"%s\": %s%s%s", u.text(),
						intentRight ? route.intent() : route.intent() + " (expected " + u.intent() + ")",
						slotsRight ? "" : ", slots " + show(got) + " (expected " + show(u.slots()) + ")",
						String.format(Locale.ROOT, " [%s %.2f, then %s %.2f]", route.via(), route.score(),
								route.runnerUp(), route.runnerUpScore())));
			}
		}
		return scores;
	}

	private static String show(Map<Kind, String> slots) {
		return slots.entrySet()
			.stream()
			.map(e -> e.getKey().name().toLowerCase(Locale.ROOT) + "=" + e.getValue())
			.collect(Collectors.joining(", ", "{", "}"));
	}

	static double percentile(List<Double> values, double p) {
		double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
		if (sorted.length == 0) {
			return 0;
		}
		int index = (int) Math.ceil(p * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
	}

	static final class Scores {

		int count;

		int intents;

		int slots;

		int both;

		final java.util.Set<String> groups = new java.util.HashSet<>();

		final List<Double> millis = new ArrayList<>();

		final List<String> misses = new ArrayList<>();

		/** Requests whose nearest example is almost the same sentence. */
		final List<String> nearCopies = new ArrayList<>();

		double intentAccuracy() {
			return count == 0 ? 0 : (double) intents / count;
		}

		double slotAccuracy() {
			return count == 0 ? 0 : (double) slots / count;
		}

		String row(String half) {
			return String.format(Locale.ROOT, "| %s | %d | %d | %.3f (%d) | %.3f (%d) | %.3f (%d) |%n", half, count,
					groups.size(), intentAccuracy(), intents, slotAccuracy(), slots,
					count == 0 ? 0 : (double) both / count, both);
		}

	}

	/**
	 * One labelled request.
	 *
	 * @param group its group of near-duplicates
	 * @param half tune or test
	 * @param text as typed
	 * @param intent the intent meant
	 * @param slots the slots meant, as {@link Slots#labels()} writes them
	 */
	record Utterance(String group, String half, String text, Intent intent, Map<Kind, String> slots) {

	}

	/** The set: "now", and the utterances in file order. */
	record EvalSet(Instant clock, List<Utterance> utterances) {

		List<Utterance> half(String name) {
			return utterances.stream().filter(u -> u.half().equals(name)).toList();
		}

		/** Both sets as one: their clocks must agree and no group may appear in both. */
		EvalSet with(EvalSet other) {
			if (!clock.equals(other.clock())) {
				throw new IllegalArgumentException("the two sets have different clocks");
			}
			java.util.Set<String> ours = utterances.stream().map(Utterance::group).collect(Collectors.toSet());
			other.utterances().stream().filter(u -> ours.contains(u.group())).findFirst().ifPresent(u -> {
				throw new IllegalArgumentException("group " + u.group() + " is in both sets");
			});
			List<Utterance> all = new ArrayList<>(utterances);
			all.addAll(other.utterances());
			return new EvalSet(clock, all);
		}

		long groups() {
			return utterances.stream().map(Utterance::group).distinct().count();
		}

		@SuppressWarnings("unchecked")
		static EvalSet load(String resource) {
			try (InputStream in = IntentEvaluationTests.class.getResourceAsStream(resource)) {
				Map<String, Object> yaml = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
				List<Utterance> utterances = new ArrayList<>();
				java.util.Set<String> ids = new java.util.HashSet<>();
				for (Map<String, Object> group : (List<Map<String, Object>>) yaml.get("groups")) {
					String id = (String) group.get("id");
					if (!ids.add(id)) {
						throw new IllegalArgumentException("group " + id + " appears twice");
					}
					String half = (String) group.get("half");
					if (!List.of("tune", "test").contains(half)) {
						throw new IllegalArgumentException("group " + id + " has no half");
					}
					for (Map<String, Object> u : (List<Map<String, Object>>) group.get("utterances")) {
						Map<Kind, String> slots = new EnumMap<>(Kind.class);
						Map<String, Object> rest = new LinkedHashMap<>(u);
						String text = String.valueOf(rest.remove("text"));
						Intent intent = Intent.valueOf(String.valueOf(rest.remove("intent")));
						rest.forEach((key, value) -> slots.put(Kind.valueOf(key.toUpperCase(Locale.ROOT)),
								String.valueOf(value)));
						utterances.add(new Utterance(id, half, text, intent, slots));
					}
				}
				return new EvalSet(Instant.parse(String.valueOf(yaml.get("clock"))), utterances);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
