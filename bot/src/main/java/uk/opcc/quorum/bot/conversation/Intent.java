package uk.opcc.quorum.bot.conversation;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import uk.opcc.quorum.bot.conversation.Slots.Kind;

/**
 * What a message typed in Teams asks Quorum to do. Each intent names the command words
 * that lead to it today (a message starting with one goes to that command, as before),
 * the command that can serve it now, if any, and the kinds of slot it reads from the
 * message.
 */
public enum Intent {

	/** A question for the documents; the default. */
	ASK(List.of("ask"), "ask"),
	/** When a board meets next. */
	NEXT_MEETING(List.of("next", "meetings"), "next", Kind.BOARD),
	/** Meetings already held: when, which. */
	PAST_MEETINGS(List.of("past"), "past", Kind.BOARD),
	/** Book a board's meeting. */
	SCHEDULE_MEETING(List.of("schedule"), "schedule", Kind.BOARD, Kind.WHEN),
	/** Move a meeting to another day or time. */
	MOVE_MEETING(List.of("move"), "move", Kind.BOARD, Kind.WHEN),
	/** Call a meeting off. */
	CANCEL_MEETING(List.of("cancel"), "cancel", Kind.BOARD, Kind.WHEN),
	/** The agenda of a board's next meeting (the {@code agenda} command). */
	SHOW_AGENDA(List.of("agenda"), "agenda", Kind.BOARD, Kind.WHEN),
	/** Put an item on a meeting's agenda. */
	ADD_AGENDA_ITEM(List.of("item"), "item", Kind.BOARD, Kind.WHEN),
	/** Send in a paper for a meeting (not a document for the library: that is UPLOAD). */
	ADD_PAPER(List.of(), "item", Kind.BOARD, Kind.WHEN),
	/** Take or write up the minutes of a meeting held. */
	RECORD_MINUTES(List.of("minutes"), "minutes", Kind.BOARD, Kind.WHEN),
	/** The caller's own open actions. */
	MY_ACTIONS(List.of("actions"), "actions", Kind.BOARD),
	/** Actions past their due date, of a board or a person. */
	OVERDUE_ACTIONS(List.of("overdue"), "overdue", Kind.BOARD, Kind.PERSON),
	/** Mark an action done. */
	CLOSE_ACTION(List.of("close"), "close", Kind.ACTION),
	/** Start a decision notice. */
	DRAFT_DECISION(List.of("draft"), "draft", Kind.TOPIC),
	/** Decision notices waiting for the caller to act. */
	DECISIONS_WAITING_FOR_ME(List.of("decisions"), "decisions"),
	/** Where one decision notice has got to. */
	DECISION_STATUS(List.of("status"), "status", Kind.DECISION),
	/** What documents Quorum answers from. */
	SOURCES(List.of("sources"), "sources"),
	/** Add a document to the library Quorum answers from. */
	UPLOAD(List.of("upload"), "upload"),
	/** What Quorum can do. */
	HELP(List.of("help", "?"), "help"),
	/** A newcomer (new staff, a new PCC, a candidate) asking where to begin. */
	ONBOARDING(List.of(), "start");

	private final List<String> commandWords;

	private final String command;

	private final EnumSet<Kind> slots;

	Intent(List<String> commandWords, String command, Kind... slots) {
		this.commandWords = commandWords;
		this.command = command;
		this.slots = EnumSet.noneOf(Kind.class);
		this.slots.addAll(List.of(slots));
	}

	/**
	 * The first words that route to this intent, lower case: the names of the command
	 * that serves it today.
	 */
	public List<String> commandWords() {
		return commandWords;
	}

	/**
	 * The name of the command that serves this intent today, as the dispatcher registers
	 * it; empty when no command does yet.
	 */
	public Optional<String> command() {
		return Optional.ofNullable(command);
	}

	/** The intent a command word leads to, if any. */
	public static Optional<Intent> of(String commandWord) {
		for (Intent intent : values()) {
			if (intent.commandWords.contains(commandWord)) {
				return Optional.of(intent);
			}
		}
		return Optional.empty();
	}

	/** The kinds of slot this intent reads from a message. */
	public Set<Kind> slots() {
		return EnumSet.copyOf(slots);
	}

	boolean takes(Kind kind) {
		return slots.contains(kind);
	}

}
