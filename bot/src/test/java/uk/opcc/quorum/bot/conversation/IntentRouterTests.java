package uk.opcc.quorum.bot.conversation;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.ai.embedding.EmbeddingModel;
import org.springframework.ai.embedding.EmbeddingRequest;
import org.springframework.ai.embedding.EmbeddingResponse;

import uk.opcc.quorum.bot.BotClasses;
import uk.opcc.quorum.bot.command.CommandHandler;
import uk.opcc.quorum.bot.conversation.Route.Via;
import uk.opcc.quorum.bot.conversation.Slots.Kind;
import uk.opcc.quorum.knowledge.embed.LocalEmbeddingModel;
import uk.opcc.quorum.scheduler.Board;
import uk.opcc.quorum.scheduler.Member;
import uk.opcc.quorum.scheduler.when.WhenResult.Found;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The router's rules: command words, files and empty messages as the dispatcher routes
 * them today (without embedding anything), a few plain requests end to end, and what it
 * hands a command.
 */
class IntentRouterTests {

	/** A model that must not be called: command words, files and empty text need none. */
	private static final EmbeddingModel NO_MODEL = new EmbeddingModel() {

		@Override
		public EmbeddingResponse call(EmbeddingRequest request) {
			throw new AssertionError("embedded " + request.getInstructions());
		}

		@Override
		public float[] embed(org.springframework.ai.document.Document document) {
			throw new AssertionError("embedded " + document.getText());
		}

	};

	private final IntentRouter rulesOnly = new IntentRouter(NO_MODEL, "", RealRouter::boards, RealRouter.clock());

	@Test
	void everyCommandWordOfAnIntentRoutesToItsCommandAsTheDispatcherDoes() {
		Map<String, String> primaryByWord = BotClasses.commands()
			.stream()
			.flatMap(handler -> handler.names().stream().map(name -> Map.entry(name, handler.names().get(0))))
			.filter(entry -> !entry.getKey().contains(" "))
			// a command no intent leads to (year, send) is taken by the dispatcher itself
			.filter(entry -> Intent.of(entry.getKey()).isPresent())
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		assertThat(primaryByWord).isNotEmpty();
		primaryByWord.forEach((word, command) -> {
			Route route = rulesOnly.route("  " + word.toUpperCase(java.util.Locale.ROOT) + "   the rest of it ");
			assertThat(route.via()).as(word).isEqualTo(Via.COMMAND_WORD);
			assertThat(route.intent().command()).as(word).contains(command);
			assertThat(route.rest()).as(word).isEqualTo("the rest of it");
			assertThat(route.commandText()).as(word).isEqualTo("the rest of it");
		});
	}

	@Test
	void aNameThatFitsTwoIsAskedNeverGuessed() {
		List<Member> janes = List.of(
				new Member("jane.smith@opcc.test", "Jane Smith", "jane.smith@opcc.test", Member.Role.OFFICER),
				new Member("jane.brown@opcc.test", "Jane Brown", "jane.brown@opcc.test", Member.Role.OFFICER));
		List<Board> boards = List.of(
				new Board("PAF", "Police Accountability Forum", true, janes, "FREQ=MONTHLY;BYDAY=-1TH",
						LocalTime.of(14, 0), java.time.Duration.ofHours(2), "Chamber", false, 7, null, null),
				new Board("PERF", "Performance Assurance Forum", false, janes, "FREQ=MONTHLY;BYDAY=1MO",
						LocalTime.of(10, 0), java.time.Duration.ofHours(2), "Room 1", true, 5, null, null));
		IntentRouter router = new IntentRouter(NO_MODEL, "", () -> boards, RealRouter.clock());

		Ambiguity jane = router.ambiguity(Intent.OVERDUE_ACTIONS, "whats overdue for jane").orElseThrow();
		assertThat(jane.question()).contains("jane");
		assertThat(jane.options()).containsOnly(Map.entry("Jane Smith", "what's overdue for Jane Smith"),
				Map.entry("Jane Brown", "what's overdue for Jane Brown"));
		assertThat(router.ambiguity(Intent.OVERDUE_ACTIONS, "whats overdue for jane brown")).isEmpty();
		assertThat(router.route("overdue for jane").slots().person()).as("never a guess").isNull();

		Ambiguity paf = router.ambiguity(Intent.NEXT_MEETING, "when is the next paf").orElseThrow();
		assertThat(paf.options()).containsOnlyKeys("PAF (Police Accountability Forum)",
				"PERF (Performance Assurance Forum)");
		assertThat(paf.options().get("PERF (Performance Assurance Forum)")).endsWith("next PERF");
		assertThat(router.ambiguity(Intent.ASK, "what is the paf for")).as("a question names no board").isEmpty();
	}

	/** Help teaches by these sentences: each must reach the command that offers it. */
	@Test
	void everyExampleInHelpReachesItsCommand() {
		IntentRouter router = RealRouter.get();
		for (CommandHandler handler : BotClasses.commands()) {
			for (String example : handler.examples()) {
				String text = example.replace("{board}", "SGB");
				String word = text.split("\\s+", 2)[0].toLowerCase(java.util.Locale.ROOT);
				String rest = text.substring(word.length()).strip();
				boolean byWord = handler.names().contains(word) && Intent.of(word).isEmpty() && handler.accepts(rest);
				if (!byWord) {
					assertThat(router.route(text).intent().command()).as(text).contains(handler.names().get(0));
				}
			}
		}
	}

	@Test
	void everyCommandWordOfAnIntentIsAHandlersName() {
		Set<String> names = BotClasses.commands()
			.stream()
			.map(CommandHandler::names)
			.flatMap(List::stream)
			.collect(Collectors.toSet());
		for (Intent intent : Intent.values()) {
			assertThat(names).as(intent.name()).containsAll(intent.commandWords());
			intent.command().ifPresent(command -> assertThat(names).as(intent.name()).contains(command));
		}
	}

	@Test
	void nothingTypedIsHelpAndFilesWithoutACommandWordAreAnUpload() {
		assertThat(rulesOnly.route("   ").intent()).isEqualTo(Intent.HELP);
		assertThat(rulesOnly.route(null).via()).isEqualTo(Via.EMPTY);
		Route upload = rulesOnly.route("staff handbook", true);
		assertThat(upload.intent()).isEqualTo(Intent.UPLOAD);
		assertThat(upload.via()).isEqualTo(Via.FILES);
		assertThat(upload.commandText()).isEqualTo("staff handbook");
		assertThat(rulesOnly.route("ask what is this file?", true).intent()).isEqualTo(Intent.ASK);
	}

	@Test
	void aCommandWordStillReadsItsSlots() {
		Route next = rulesOnly.route("next the Strategic Governance Board");
		assertThat(next.slots().board()).isEqualTo("SGB");
		assertThat(next.commandText()).isEqualTo("the Strategic Governance Board");
		Route draft = rulesOnly.route("draft a decision notice for the CCTV grant, please");
		assertThat(draft.slots().topic()).isEqualTo("CCTV grant");
	}

	@Test
	void plainRequestsEndToEnd() {
		IntentRouter router = RealRouter.get();
		Route next = router.route("when's the next SGB?");
		assertThat(next.intent()).isEqualTo(Intent.NEXT_MEETING);
		assertThat(next.via()).isEqualTo(Via.EXAMPLE);
		assertThat(next.commandText()).isEqualTo("SGB");
		Route question = router.route("what is the PAF for?");
		assertThat(question.intent()).isEqualTo(Intent.ASK);
		assertThat(question.commandText()).isEqualTo("what is the PAF for?");
		assertThat(question.slots().isEmpty()).isTrue();
		Route book = router.route("book the paf for thursday 28th january at 2pm pls");
		assertThat(book.intent()).isEqualTo(Intent.SCHEDULE_MEETING);
		assertThat(book.slots().labels()).containsEntry(Kind.BOARD, "PAF")
			.containsEntry(Kind.WHEN, "found 2027-01-28 14:00");
		Route status = router.route("where's decision 4 of 2027 got to?");
		assertThat(status.intent()).isEqualTo(Intent.DECISION_STATUS);
		assertThat(status.slots().decision()).isEqualTo(new DecisionNumber(2027, 4));
	}

	@Test
	void aMoveReadsOnlyTheNewSlotAndAShiftNeedsTheMeetingsSlot() {
		IntentRouter router = RealRouter.get();
		Route move = router.route("can we move tuesday's sgb to wednesday 9th december");
		assertThat(move.intent()).isEqualTo(Intent.MOVE_MEETING);
		assertThat(move.slots().when()).isEqualTo(
				new Found(LocalDate.of(2026, 12, 9), java.util.Optional.empty(), ((Found) move.slots().when()).span()));
		Route shift = router.route("push the paf back an hour");
		assertThat(shift.intent()).isEqualTo(Intent.MOVE_MEETING);
		assertThat(shift.slots().when()).isNull();
		assertThat(Slots.describe(router.change(shift.text(), LocalDate.of(2027, 1, 28), LocalTime.of(14, 0))))
			.isEqualTo("found 2027-01-28 15:00");
	}

	@Test
	void commandTextGivesTodaysCommandsWhatTheyRead() {
		Slots sgb = new Slots("SGB", null, null, null, null, null);
		assertThat(new Route(Intent.SHOW_AGENDA, sgb, Via.EXAMPLE, "what's on the sgb agenda", "", 0.9, null, 0)
			.commandText()).isEqualTo("SGB");
		assertThat(new Route(Intent.NEXT_MEETING, Slots.NONE, Via.EXAMPLE, "when do we meet", "", 0.9, null, 0)
			.commandText()).isEmpty();
		Slots topic = new Slots(null, null, null, null, null, "the CCTV grant");
		assertThat(new Route(Intent.DRAFT_DECISION, topic, Via.EXAMPLE, "draft ...", "", 0.9, null, 0).commandText())
			.isEqualTo("the CCTV grant");
	}

	@Test
	void theRouterGivesTheModelThePrefixTheKnowledgeModuleGivesAQuery() {
		assertThat(ConversationConfiguration.QUERY_PREFIX).isEqualTo(LocalEmbeddingModel.QUERY_PREFIX);
	}

	@Test
	void theShippedExamplesCoverEveryIntentAndEveryCuedIntentHasCues() {
		Examples examples = Examples.load();
		assertThat(examples.sentences().keySet()).containsExactlyInAnyOrder(Intent.values());
		examples.sentences().forEach((intent, list) -> assertThat(list).as(intent.name()).hasSizeGreaterThan(4));
		assertThat(examples.cues().keySet()).doesNotContain(Intent.ASK, Intent.DECISION_STATUS);
		assertThat(examples.boardAliases()).containsKeys("SGB", "PAF");
	}

}
