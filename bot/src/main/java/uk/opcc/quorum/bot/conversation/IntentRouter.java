package uk.opcc.quorum.bot.conversation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.ai.embedding.EmbeddingModel;

import uk.opcc.quorum.bot.conversation.Route.Via;
import uk.opcc.quorum.bot.conversation.Slots.Kind;
import uk.opcc.quorum.scheduler.Board;
import uk.opcc.quorum.scheduler.when.WhenChange;
import uk.opcc.quorum.scheduler.when.WhenParser;
import uk.opcc.quorum.scheduler.when.WhenResult;
import uk.opcc.quorum.scheduler.when.WhenResult.NotFound;

/**
 * Reads a plain request typed in Teams ("when is the next PAF?", "move the SGB to
 * Thursday at 2") and says which {@link Intent} it is and what it names, without a
 * language model, the same way every time.
 * <ol>
 * <li>A message whose first word is a command's name goes to that command, exactly as
 * {@code CommandDispatcher} routes it today; an empty message is help, and files with no
 * command word are an upload.</li>
 * <li>Otherwise the message is tidied ({@link Typed}: shorthand written out), board names
 * become "board", lengths of time "a while", and the free words of an action, a notice's
 * subject or an agenda item "something" ({@link Phrases}); slips are put right against
 * the examples' words ({@link Spelling}). The result is embedded once with the shipped
 * local model and compared with the labelled example sentences of
 * {@code conversation/examples.yml}, treated the same way and embedded once, on first
 * use. Only intents whose cue words the message has are considered ({@link Cues}; a
 * decision's status needs a decision number); of those, the intent of the nearest example
 * wins, unless no example is near enough ({@link Tuning#minSimilarity}) or a question's
 * nearest example is nearer by {@link Tuning#askMargin}: then the message is a question
 * for the documents ({@link Intent#ASK}).</li>
 * <li>The slots the intent reads are then taken from the message by rule: the board
 * ({@link BoardNames}), the day and time ({@link WhenParser}, passed through as read; for
 * a move, only the new one, written after "to", "until", "for" or "instead": a day
 * written elsewhere names the meeting to move, and a shift such as "push it back an hour"
 * needs the meeting's slot, see {@link #change}), a decision number
 * ({@link DecisionNumber}), a board member, an action, a notice's subject
 * ({@link Phrases}).</li>
 * </ol>
 * Thread-safe; about one embedding per message.
 */
public class IntentRouter {

	private static final Logger log = LoggerFactory.getLogger(IntentRouter.class);

	/** The settings chosen on the tuning half (see {@link Tuning}). */
	static final Tuning TUNING = new Tuning(0.83, 0.02, 1);

	/** What a board's name becomes before embedding, in messages and examples alike. */
	static final String BOARD_PLACEHOLDER = "board";

	/**
	 * What a length of time ("30 minutes", "an hour") becomes: not minutes of a meeting.
	 */
	static final String DURATION_PLACEHOLDER = "a while";

	private static final Pattern DURATION = Pattern
		.compile("\\b(?:\\d{1,3}|a few|few|a couple of|five|ten|fifteen|twenty|"
				+ "thirty|forty[- ]five|forty|ninety|an?|one|two|three|half an?|a quarter of an?)\\s+(?:minutes?|mins?|hours?|hrs?)\\b");

	/** What the free words of an action, a notice's subject or an agenda item become. */
	static final String FREE_PLACEHOLDER = "something";

	private static final Pattern HOUR_ALONE = Pattern.compile("\\s*\\d{1,2}(?:\\s*o'?clock)?\\s*[?.!]*\\s*");

	/** In a move, the words after which the new day or time is written. */
	private static final Pattern NEW_SLOT = Pattern.compile("\\b(?:to|until|till|for|into|instead)\\b");

	private final EmbeddingModel model;

	private final Supplier<List<Board>> boards;

	private final Examples examples;

	private final WhenParser whenParser;

	private final WhenChange whenChange;

	private final Map<String, Intent> commandWords = new HashMap<>();

	private final Cues cues;

	private final Spelling spelling;

	private final Tuning tuning;

	private final String prefix;

	private volatile Vectors vectors;

	private volatile BoardNames names;

	/**
	 * A router over the examples shipped in {@code conversation/examples.yml}.
	 * @param model the shipped local embedding model
	 * @param prefix put before every text the model embeds, for a model trained with one
	 * (e5: "query: ", on both sides of a comparison of like with like); may be empty
	 * @param boards the boards as they are now (asked at every message; boards change
	 * through the REST API)
	 * @param clock "today" for days and times, read in UK time
	 */
	public IntentRouter(EmbeddingModel model, String prefix, Supplier<List<Board>> boards, Clock clock) {
		this(model, prefix, boards, clock, Examples.load(), TUNING);
	}

	IntentRouter(EmbeddingModel model, String prefix, Supplier<List<Board>> boards, Clock clock, Examples examples,
			Tuning tuning) {
		this.tuning = Objects.requireNonNull(tuning, "tuning");
		this.prefix = prefix == null ? "" : prefix;
		this.model = Objects.requireNonNull(model, "model");
		this.boards = Objects.requireNonNull(boards, "boards");
		this.examples = Objects.requireNonNull(examples, "examples");
		this.whenParser = new WhenParser(clock);
		this.whenChange = new WhenChange(whenParser);
		this.cues = new Cues(examples.cues(), examples.exclusions());
		List<String> vocabulary = new java.util.ArrayList<>();
		examples.all().forEach(e -> vocabulary.add(e.getValue()));
		examples.cues().values().forEach(vocabulary::addAll);
		this.spelling = new Spelling(vocabulary);
		for (Intent intent : Intent.values()) {
			intent.commandWords().forEach(word -> commandWords.put(word, intent));
		}
	}

	/** Routes a message that came without files. */
	public Route route(String message) {
		return route(message, false);
	}

	/** Routes a message; {@code withFiles} when files were attached to it. */
	public Route route(String message, boolean withFiles) {
		return route(message, withFiles, Set.of());
	}

	/**
	 * Routes a message as if the examples in {@code leaveOut} were not there: for
	 * measuring how the router does on sentences unlike its examples.
	 */
	Route route(String message, boolean withFiles, Set<String> leaveOut) {
		String trimmed = message == null ? "" : message.strip();
		String word = trimmed.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
		Intent named = commandWords.get(word);
		BoardNames boardNames = boardNames();
		if (named != null) {
			String rest = trimmed.substring(Math.min(trimmed.length(), word.length())).strip();
			return new Route(named, slots(named, new Typed(rest), boardNames, true), Via.COMMAND_WORD, trimmed, rest, 1,
					null, 0);
		}
		if (withFiles) {
			return new Route(Intent.UPLOAD, Slots.NONE, Via.FILES, trimmed, trimmed, 1, null, 0);
		}
		if (trimmed.isEmpty()) {
			return new Route(Intent.HELP, Slots.NONE, Via.EMPTY, trimmed, trimmed, 1, null, 0);
		}
		Typed typed = new Typed(trimmed);
		String neutral = spelling.correct(neutral(typed, boardNames));
		Map<Intent, Double> scores = scores(embed(neutral), leaveOut);
		scores.keySet().retainAll(eligible(typed, Typed.split(neutral)));
		List<Map.Entry<Intent, Double>> ranked = scores.entrySet()
			.stream()
			.sorted(Map.Entry.<Intent, Double>comparingByValue().reversed())
			.toList();
		double ask = scores.getOrDefault(Intent.ASK, 0.0);
		Map.Entry<Intent, Double> other = ranked.stream()
			.filter(e -> e.getKey() != Intent.ASK)
			.findFirst()
			.orElse(null);
		if (other == null || other.getValue() < tuning.minSimilarity()) {
			return new Route(Intent.ASK, Slots.NONE,
					other == null && ask >= tuning.minSimilarity() ? Via.EXAMPLE : Via.DEFAULT, trimmed, trimmed, ask,
					other == null ? null : other.getKey(), other == null ? 0 : other.getValue());
		}
		if (ask >= other.getValue() + tuning.askMargin()) {
			return new Route(Intent.ASK, Slots.NONE, Via.EXAMPLE, trimmed, trimmed, ask, other.getKey(),
					other.getValue());
		}
		Map.Entry<Intent, Double> second = ranked.stream()
			.filter(e -> e.getKey() != other.getKey())
			.findFirst()
			.orElse(null);
		return new Route(other.getKey(), slots(other.getKey(), typed, boardNames, false), Via.EXAMPLE, trimmed, trimmed,
				other.getValue(), second == null ? null : second.getKey(), second == null ? 0 : second.getValue());
	}

	/**
	 * The intents a message may be: a question always; a decision's status when it names
	 * a decision number; another intent when it has one of the intent's cue words and
	 * none of its exclusions (or the examples file gives the intent no cue words).
	 */
	private Set<Intent> eligible(Typed typed, List<Typed.Word> neutralWords) {
		Set<Intent> eligible = java.util.EnumSet.of(Intent.ASK);
		if (DecisionNumber.find(typed.text).isPresent()) {
			eligible.add(Intent.DECISION_STATUS);
		}
		for (Intent intent : Intent.values()) {
			if (intent != Intent.DECISION_STATUS && !cues.gated(intent)) {
				eligible.add(intent);
			}
		}
		eligible.removeAll(cues.excluded(neutralWords));
		eligible.addAll(cues.present(neutralWords));
		eligible.add(Intent.ASK);
		return eligible;
	}

	/**
	 * The new slot a follow-up asks for, for a meeting now on {@code date} at
	 * {@code time} ("push it back an hour", "make it 3pm", "move it to Thursday"); see
	 * {@link WhenChange}.
	 */
	public WhenResult change(String message, LocalDate date, LocalTime time) {
		return whenChange.parse(message, date, time);
	}

	/**
	 * The slots of a language model's proposal for {@code message}, read again by the
	 * rules that read an example's, or empty when the proposal cannot stand: a board that
	 * is not one of the boards, or not one the message names when it names any; a day or
	 * time in words the message does not have; a decision number other than the
	 * message's, or none for a decision's status; a person who is on no board. What the
	 * model gives for a day and time is read by {@link WhenParser}, so it never chooses a
	 * date itself.
	 */
	Optional<Slots> check(ProposedRoute proposed, String message) {
		Intent intent = proposed.intent();
		Typed typed = new Typed(message);
		BoardNames boardNames = boardNames();
		String board = null;
		if (proposed.board() != null && intent.takes(Kind.BOARD)) {
			board = boardNames.boards()
				.stream()
				.map(Board::code)
				.filter(code -> code.equalsIgnoreCase(proposed.board()))
				.findFirst()
				.orElse(null);
			List<String> named = boardNames.allBoards(typed.words).stream().map(Names.Match::target).toList();
			if (board == null || !named.isEmpty() && !named.contains(board)) {
				return Optional.empty();
			}
		}
		WhenResult when = null;
		if (proposed.when() != null && intent.takes(Kind.WHEN)) {
			if (!written(proposed.when(), typed)) {
				return Optional.empty();
			}
			when = whenParser.parse(new Typed(proposed.when()).text);
		}
		DecisionNumber decision = null;
		if (intent.takes(Kind.DECISION)) {
			decision = DecisionNumber.find(typed.text).orElse(null);
			Optional<DecisionNumber> given = DecisionNumber.find(proposed.decision());
			if (decision == null || given.isPresent() && !given.get().equals(decision)) {
				return Optional.empty();
			}
		}
		String person = null;
		if (proposed.person() != null && intent.takes(Kind.PERSON)) {
			person = boardNames.person(new Typed(proposed.person()).words, board).orElse(null);
			if (person == null) {
				return Optional.empty();
			}
		}
		String action = proposed.action() == null || !intent.takes(Kind.ACTION) ? null
				: Phrases.clean(proposed.action()).orElse(null);
		String topic = proposed.topic() == null || !intent.takes(Kind.TOPIC) ? null
				: Phrases.clean(proposed.topic()).orElse(null);
		return Optional.of(new Slots(board, when, decision, person, action, topic));
	}

	/**
	 * Whether every word of {@code words} is in the message (as typed or written out):
	 * the model copies the day and time, it does not supply them.
	 */
	private static boolean written(String words, Typed message) {
		String typed = message.original.toLowerCase(Locale.ROOT) + " " + message.lower;
		return Typed.split(new Typed(words).lower).stream().map(Typed.Word::bare).allMatch(typed::contains);
	}

	/**
	 * A board or member name in the request that fits more than one, for an intent that
	 * reads it: the dispatcher asks which, and sends the request again with the choice.
	 */
	public Optional<Ambiguity> ambiguity(Intent intent, String message) {
		if (message == null || !(intent.takes(Kind.BOARD) || intent.takes(Kind.PERSON))) {
			return Optional.empty();
		}
		Typed typed = new Typed(message.strip());
		BoardNames names = boardNames();
		List<Names.Match<String>> boards = names.boardsAlike(typed.words);
		if (boards.size() > 1) {
			return Optional.of(choices(typed, boards, code -> code + " (" + names.boardName(code).orElse(code) + ")",
					code -> code, "Which board do you mean"));
		}
		if (intent.takes(Kind.PERSON)) {
			String board = names.board(typed.words).map(Names.Match::target).orElse(null);
			List<Names.Match<String>> people = names.peopleAlike(typed.words, board);
			if (people.size() > 1) {
				return Optional.of(choices(typed, people, id -> names.nameOf(id).orElse(id),
						id -> names.nameOf(id).orElse(id), "Which person do you mean"));
			}
		}
		return Optional.empty();
	}

	private static Ambiguity choices(Typed typed, List<Names.Match<String>> matches,
			java.util.function.Function<String, String> label, java.util.function.Function<String, String> written,
			String question) {
		Names.Match<String> first = matches.get(0);
		String phrase = typed.text.substring(first.start(), first.end());
		Map<String, String> options = new java.util.LinkedHashMap<>();
		for (Names.Match<String> match : matches) {
			options.put(label.apply(match.target()), typed.text.substring(0, first.start())
					+ written.apply(match.target()) + typed.text.substring(first.end()));
		}
		return new Ambiguity(question + " by \u201c" + phrase + "\u201d?", options);
	}

	/** Embeds the examples now rather than on the first message. */
	public void warmUp() {
		vectors();
	}

	/** How many labelled examples the router compares with. */
	public int exampleCount() {
		return examples.all().size();
	}

	private Slots slots(Intent intent, Typed typed, BoardNames boardNames, boolean afterCommandWord) {
		String board = null;
		WhenResult when = null;
		DecisionNumber decision = null;
		String person = null;
		String action = null;
		String topic = null;
		if (intent.takes(Kind.BOARD) || intent.takes(Kind.PERSON)) {
			board = boardNames.board(typed.words).map(Names.Match::target).orElse(null);
		}
		if (intent.takes(Kind.PERSON)) {
			person = boardNames.person(typed.words, board).orElse(null);
		}
		if (!intent.takes(Kind.BOARD)) {
			board = null;
		}
		if (intent.takes(Kind.WHEN)) {
			when = when(intent, typed);
		}
		if (intent.takes(Kind.DECISION)) {
			decision = DecisionNumber.find(typed.text).orElse(null);
		}
		if (intent.takes(Kind.ACTION)) {
			action = Phrases.action(typed).orElse(null);
		}
		if (intent.takes(Kind.TOPIC)) {
			topic = Phrases.topic(typed)
				.or(() -> afterCommandWord ? Phrases.subjectAfterCommandWord(typed.text) : java.util.Optional.empty())
				.orElse(null);
		}
		return new Slots(board, when, decision, person, action, topic);
	}

	/**
	 * The day and time a message names; for a move, the one after "to" ("move Tuesday's
	 * SGB to Thursday 10th") when that part names one.
	 */
	private WhenResult when(Intent intent, Typed typed) {
		if (intent != Intent.MOVE_MEETING) {
			return whenParser.parse(typed.text);
		}
		Matcher m = NEW_SLOT.matcher(typed.lower);
		int last = -1;
		while (m.find()) {
			last = m.end();
		}
		while (last >= 0) {
			String after = typed.text.substring(last);
			// "move the sgb to 7": an hour alone after "to" is a time, read as "at 7"
			WhenResult tail = whenParser.parse(HOUR_ALONE.matcher(after).matches() ? "at " + after.strip() : after);
			if (!(tail instanceof NotFound)) {
				return tail;
			}
			last = previous(typed.lower, last);
		}
		// no new day or time written: the meeting's own ("postpone the paf on 28 jan")
		WhenResult own = whenParser.parse(typed.text);
		return own instanceof NotFound ? null : own;
	}

	/** The end of the "to" before the one ending at {@code end}, or -1. */
	private static int previous(String lower, int end) {
		Matcher m = NEW_SLOT.matcher(lower);
		int found = -1;
		while (m.find() && m.end() < end) {
			found = m.end();
		}
		return found;
	}

	/**
	 * The text to embed and to look for cues in: tidied, with every board's name replaced
	 * by a neutral word, a length of time ("30 minutes") by "a while", and the free words
	 * of an action, a notice's subject or an agenda item by "something", so that what a
	 * message asks for counts, not what it is about.
	 */
	String neutral(Typed typed, BoardNames boardNames) {
		if (typed.lower.length() != typed.text.length()) {
			return typed.lower;
		}
		List<int[]> spans = new java.util.ArrayList<>();
		List<String> words = new java.util.ArrayList<>();
		if (boardNames != null) {
			for (Names.Match<String> m : boardNames.allBoards(typed.words)) {
				spans.add(new int[] { m.start(), m.end() });
				words.add(typed.lower.substring(m.start(), m.end()).endsWith("'s") ? BOARD_PLACEHOLDER + "'s"
						: BOARD_PLACEHOLDER);
			}
		}
		int boards = spans.size();
		Matcher duration = DURATION.matcher(typed.lower);
		while (duration.find()) {
			int from = duration.start();
			int to = duration.end();
			if (spans.stream().noneMatch(s -> s[0] < to && from < s[1])) {
				spans.add(new int[] { from, to });
				words.add(DURATION_PLACEHOLDER);
			}
		}
		int named = spans.size();
		for (Phrases.Span free : Phrases.freeWords(typed)) {
			int start = free.start();
			int end = free.end();
			for (int[] board : spans.subList(0, boards)) {
				if (board[0] < end && start < board[1]) {
					// "an item on recruitment at the SGB": the free words stop before the
					// board
					end = board[0] > start ? trimEnd(typed.lower, start, board[0]) : start;
				}
			}
			int from = start;
			int to = end;
			if (to > from && spans.subList(0, named).stream().noneMatch(s -> s[0] < to && from < s[1])) {
				spans.add(new int[] { from, to });
				words.add(FREE_PLACEHOLDER);
			}
		}
		Integer[] order = new Integer[spans.size()];
		for (int i = 0; i < order.length; i++) {
			order[i] = i;
		}
		java.util.Arrays.sort(order, (a, b) -> Integer.compare(spans.get(b)[0], spans.get(a)[0]));
		StringBuilder out = new StringBuilder(typed.lower);
		int limit = Integer.MAX_VALUE;
		for (int i : order) {
			int[] span = spans.get(i);
			if (span[1] <= limit) {
				out.replace(span[0], span[1], words.get(i));
				limit = span[0];
			}
		}
		return out.toString();
	}

	/** The end of {@code lower[start, end)} without trailing small words ("at the"). */
	private static int trimEnd(String lower, int start, int end) {
		String part = lower.substring(start, end);
		String trimmed = part.replaceFirst("(?:\\s+(?:the|at|for|to|on|of|in|a|an|our|next))*\\s*$", "");
		return start + trimmed.length();
	}

	/** Each intent's score: the mean similarity of its {@code topK} nearest examples. */
	private Map<Intent, Double> scores(float[] message, Set<String> leaveOut) {
		Vectors v = vectors();
		Map<Intent, List<Double>> all = new EnumMap<>(Intent.class);
		for (int i = 0; i < v.intents.length; i++) {
			if (!leaveOut.isEmpty() && leaveOut.contains(v.texts[i])) {
				continue;
			}
			all.computeIfAbsent(v.intents[i], k -> new java.util.ArrayList<>()).add(dot(message, v.vectors[i]));
		}
		Map<Intent, Double> scores = new EnumMap<>(Intent.class);
		all.forEach((intent, similarities) -> scores.put(intent,
				similarities.stream()
					.sorted(java.util.Comparator.reverseOrder())
					.limit(tuning.topK())
					.mapToDouble(Double::doubleValue)
					.average()
					.orElse(0)));
		return scores;
	}

	private Vectors vectors() {
		Vectors v = vectors;
		if (v == null) {
			synchronized (this) {
				if (vectors == null) {
					long start = System.nanoTime();
					BoardNames boardNames = boardNames();
					List<Map.Entry<Intent, String>> all = examples.all();
					Intent[] intents = new Intent[all.size()];
					String[] texts = new String[all.size()];
					float[][] embedded = new float[all.size()][];
					for (int i = 0; i < all.size(); i++) {
						intents[i] = all.get(i).getKey();
						texts[i] = all.get(i).getValue();
						embedded[i] = embed(spelling.correct(neutral(new Typed(all.get(i).getValue()), boardNames)));
					}
					vectors = new Vectors(intents, texts, embedded);
					log.info("Embedded {} routing examples in {} ms", all.size(),
							(System.nanoTime() - start) / 1_000_000);
				}
				v = vectors;
			}
		}
		return v;
	}

	private float[] embed(String text) {
		float[] vector = model.embed(prefix + text);
		double norm = 0;
		for (float x : vector) {
			norm += x * x;
		}
		norm = Math.sqrt(norm);
		float[] unit = new float[vector.length];
		for (int i = 0; i < vector.length; i++) {
			unit[i] = norm == 0 ? 0 : (float) (vector[i] / norm);
		}
		return unit;
	}

	private static double dot(float[] a, float[] b) {
		double sum = 0;
		for (int i = 0; i < a.length; i++) {
			sum += a[i] * b[i];
		}
		return sum;
	}

	/**
	 * The board names for the boards as they are now; rebuilt only when the boards
	 * change. Should the boards be unreadable, the last known ones serve.
	 */
	private BoardNames boardNames() {
		List<Board> now;
		try {
			now = boards.get();
		}
		catch (RuntimeException ex) {
			log.warn("Boards unreadable while routing a message; using the last known: {}", ex.getMessage());
			BoardNames last = names;
			return last != null ? last : new BoardNames(List.of(), examples.boardAliases());
		}
		BoardNames current = names;
		if (current == null || !current.boards().equals(now)) {
			current = new BoardNames(now == null ? List.of() : now, examples.boardAliases());
			names = current;
		}
		return current;
	}

	/**
	 * How the router weighs what it finds.
	 *
	 * @param minSimilarity below this similarity to the nearest example of every intent
	 * the message has cues for, it is a question for the documents
	 * @param askMargin a question wins when its nearest example is at least this much
	 * nearer than the best other intent's (negative: a question wins even when a little
	 * further)
	 * @param topK an intent's score is the mean similarity of its this many nearest
	 * examples
	 */
	record Tuning(double minSimilarity, double askMargin, int topK) {

	}

	private record Vectors(Intent[] intents, String[] texts, float[][] vectors) {

	}

}
