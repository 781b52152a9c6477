package uk.opcc.quorum.bot.conversation;

/**
 * Where a message goes: its intent, what it names, and how that was decided.
 *
 * @param intent what the message asks for
 * @param slots what it names that the intent reads
 * @param via how the intent was chosen
 * @param text the message as given, stripped
 * @param rest what follows the command word when the message starts with one, else the
 * whole message: what a command receives today
 * @param score cosine similarity of the message to the nearest example of the intent (1
 * for a command word, an empty message, files or a language model's proposal)
 * @param runnerUp the next most likely intent, or null
 * @param runnerUpScore its nearest example's similarity, or 0
 */
public record Route(Intent intent, Slots slots, Via via, String text, String rest, double score, Intent runnerUp,
		double runnerUpScore) {

	/** How the intent was chosen. */
	public enum Via {

		/** The first word is a command's name: routed exactly as before. */
		COMMAND_WORD,
		/** Files came with a message that names no command: an upload, as before. */
		FILES,
		/** Nothing was typed: help, as before. */
		EMPTY,
		/** The nearest labelled example. */
		EXAMPLE,
		/** No example was near enough: a question for the documents. */
		DEFAULT,
		/**
		 * The language model's proposal (a tool call), its slots read again by the same
		 * rules as an example's.
		 */
		MODEL

	}

	/**
	 * The text to give the command that serves {@link #intent()} today
	 * ({@code CommandRequest.text}): after a command word, the rest as before; for a
	 * question, the whole message; for a command that reads a board code first
	 * ({@code next}, {@code past}, {@code schedule}, {@code agenda}, {@code item},
	 * {@code minutes}, {@code actions}, {@code overdue}), the board's code or nothing;
	 * for {@code draft}, what the notice is about; for a move or a cancellation, the
	 * whole message ("push it back an hour" is read against the meeting); for the rest,
	 * nothing (they read the slots).
	 */
	public String commandText() {
		if (via == Via.COMMAND_WORD) {
			return rest;
		}
		return switch (intent) {
			case ASK, UPLOAD, MOVE_MEETING, CANCEL_MEETING -> text;
			case DRAFT_DECISION -> slots.topic() == null ? text : slots.topic();
			case NEXT_MEETING, PAST_MEETINGS, SCHEDULE_MEETING, SHOW_AGENDA, ADD_AGENDA_ITEM, ADD_PAPER, RECORD_MINUTES,
					MY_ACTIONS, OVERDUE_ACTIONS ->
				slots.board() == null ? "" : slots.board();
			default -> "";
		};
	}

	/** The same route with other slots (completed from the conversation). */
	public Route withSlots(Slots other) {
		return new Route(intent, other, via, text, rest, score, runnerUp, runnerUpScore);
	}

}
