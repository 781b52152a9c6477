package uk.opcc.quorum.bot.conversation;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.ai.chat.client.ChatClient;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.tool.ToolCallback;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

import uk.opcc.quorum.bot.conversation.Route.Via;
import uk.opcc.quorum.scheduler.Board;

/**
 * Reads a plain request with a language model when one is configured, by Spring AI tool
 * calling: the model is offered one {@link IntentTool} per intent and proposes a route by
 * calling one. The tools only record the proposal, and the proposal's slots are read
 * again by the {@link IntentRouter}'s own rules ({@link IntentRouter#check}), so the
 * model never does anything and cannot invent a board, a date or a decision; every change
 * is still shown on a card to confirm.
 * <p>
 * Without a model, and for a command word, files or an empty message, the
 * {@link IntentRouter} routes as it always has. It also routes whenever the model does
 * not give a proposal that stands: no tool called, text instead, an error, no answer
 * within the timeout, or a proposal the rules refuse.
 */
public class ModelRouter implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(ModelRouter.class);

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

	/** Calls to the model at once; beyond them a message is routed by rule at once. */
	private static final int CALLS_AT_ONCE = 4;

	private final IntentRouter rules;

	private final ChatClient chat;

	private final Supplier<List<Board>> boards;

	private final Clock clock;

	private final Duration timeout;

	private final ThreadPoolExecutor calls;

	/**
	 * @param rules the router used without the model, and whose rules read the model's
	 * proposals
	 * @param model the language model, or null to route by rule only
	 * @param boards the boards as they are now
	 * @param clock "today" for the model, read in UK time
	 * @param timeout how long a message waits for the model before it is routed by rule
	 */
	public ModelRouter(IntentRouter rules, ChatModel model, Supplier<List<Board>> boards, Clock clock,
			Duration timeout) {
		this.rules = Objects.requireNonNull(rules, "rules");
		this.chat = model == null ? null : ChatClient.create(model);
		this.boards = Objects.requireNonNull(boards, "boards");
		this.clock = Objects.requireNonNull(clock, "clock");
		this.timeout = Objects.requireNonNull(timeout, "timeout");
		this.calls = model == null ? null : new ThreadPoolExecutor(0, CALLS_AT_ONCE, 60, TimeUnit.SECONDS,
				new SynchronousQueue<>(), daemonThreads());
	}

	/** Routing by rule only, as without a language model. */
	public static ModelRouter rulesOnly(IntentRouter rules) {
		return new ModelRouter(rules, null, List::of, Clock.systemUTC(), Duration.ZERO);
	}

	/** Whether messages are read by the language model. */
	/**
	 * A name that fits two boards or members, read by the rules (see
	 * {@link IntentRouter#ambiguity}).
	 */
	public Optional<Ambiguity> ambiguity(Intent intent, String message) {
		return rules.ambiguity(intent, message);
	}

	public boolean usesModel() {
		return chat != null;
	}

	/** Routes a message; {@code withFiles} when files were attached to it. */
	public Route route(String message, boolean withFiles) {
		return route(message, withFiles, false);
	}

	/**
	 * Routes a message.
	 * @param message as typed
	 * @param withFiles whether files were attached to it
	 * @param commandWord whether its first word names a command, even one with no intent:
	 * then it is read by rule, as before
	 */
	public Route route(String message, boolean withFiles, boolean commandWord) {
		String trimmed = message == null ? "" : message.strip();
		String first = trimmed.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
		if (chat == null || withFiles || commandWord || trimmed.isEmpty() || Intent.of(first).isPresent()) {
			return rules.route(message, withFiles);
		}
		return proposed(trimmed).orElseGet(() -> rules.route(message, withFiles));
	}

	/** The model's route for a message, when it gives one that stands. */
	private Optional<Route> proposed(String message) {
		List<ProposedRoute> proposals = new CopyOnWriteArrayList<>();
		List<Board> now = boards.get();
		List<ToolCallback> tools = IntentTool.all(now.stream().map(Board::code).toList(), proposals::add);
		Future<?> call;
		try {
			call = calls.submit(() -> chat.prompt()
				.system(instructions(now))
				.user(message)
				.tools(tools.toArray())
				.call()
				.chatResponse());
		}
		catch (RejectedExecutionException ex) {
			log.debug("Routed by rule: {} messages already wait for the language model", CALLS_AT_ONCE);
			return Optional.empty();
		}
		try {
			call.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			call.cancel(true);
			log.debug("Routed by rule: the language model did not answer within {}", timeout);
			return Optional.empty();
		}
		catch (ExecutionException ex) {
			log.debug("Routed by rule: the language model failed: {}", String.valueOf(ex.getCause()));
			return Optional.empty();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Optional.empty();
		}
		if (proposals.isEmpty()) {
			log.debug("Routed by rule: the language model called no tool");
			return Optional.empty();
		}
		if (proposals.stream().map(ProposedRoute::intent).distinct().count() > 1) {
			log.debug("Routed by rule: the language model proposed {} intents", proposals.size());
			return Optional.empty();
		}
		ProposedRoute proposal = proposals.get(0);
		Optional<Slots> slots = rules.check(proposal, message);
		if (slots.isEmpty()) {
			log.debug("Routed by rule: the language model's proposal was refused: {}", proposal);
			return Optional.empty();
		}
		return Optional.of(new Route(proposal.intent(), slots.get(), Via.MODEL, message, message, 1, null, 0));
	}

	/** What the model is told besides the message: its task, today and the boards. */
	String instructions(List<Board> now) {
		String boardList = now.isEmpty() ? "(none)"
				: now.stream()
					.map(b -> b.code() + ": " + (b.name() == null ? b.code() : b.name()))
					.collect(Collectors.joining("; "));
		return """
				You read one message typed in Microsoft Teams to Quorum, the assistant of an Office of the \
				Police and Crime Commissioner, and say what it asks for by calling exactly one tool, once. \
				Give only what the message itself says, in the person's own words; leave out anything it does \
				not say. Never work out a date: copy the words for the day and time. Calling a tool does not \
				do anything: the person is shown what would happen and confirms. A question, or anything no \
				other tool fits, is ASK. Do not answer in text.
				Today is %s (UK time).
				The boards (code: name): %s.""".formatted(LocalDate.now(clock.withZone(LONDON)).format(DAY), boardList);
	}

	@Override
	public void close() {
		if (calls != null) {
			calls.shutdownNow();
		}
	}

	private static CustomizableThreadFactory daemonThreads() {
		CustomizableThreadFactory threads = new CustomizableThreadFactory("quorum-route-model-");
		threads.setDaemon(true);
		return threads;
	}

}
