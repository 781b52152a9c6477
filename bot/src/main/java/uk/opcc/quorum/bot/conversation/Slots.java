package uk.opcc.quorum.bot.conversation;

import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import uk.opcc.quorum.scheduler.when.WhenResult;
import uk.opcc.quorum.scheduler.when.WhenResult.Ambiguous;
import uk.opcc.quorum.scheduler.when.WhenResult.Found;
import uk.opcc.quorum.scheduler.when.WhenResult.InThePast;
import uk.opcc.quorum.scheduler.when.WhenResult.Invalid;
import uk.opcc.quorum.scheduler.when.WhenResult.NotFound;
import uk.opcc.quorum.scheduler.when.WhenResult.TimeOnly;

/**
 * What a message names besides its intent. Every field is null when the message does not
 * name it or the intent does not read it.
 *
 * @param board the board's code (SGB), from its code, name or an alias
 * @param when the day and time as {@code WhenParser} read them, passed through as they
 * are: {@link Found}, {@link TimeOnly}, {@link Ambiguous} (ask its sentence),
 * {@link Invalid} or {@link InThePast} (say its sentence); null rather than
 * {@link NotFound}
 * @param decision a decision notice's number
 * @param person a board member's id (Entra object id or e-mail), named by name, first
 * name or role title
 * @param action an action's id when one is written, else the words describing it, as
 * typed ("estates review")
 * @param topic what a decision notice is to be about, as typed
 */
public record Slots(String board, WhenResult when, DecisionNumber decision, String person, String action,
		String topic) {

	/** The kinds of slot an {@link Intent} can read. */
	public enum Kind {

		BOARD, WHEN, DECISION, PERSON, ACTION, TOPIC

	}

	public static final Slots NONE = new Slots(null, null, null, null, null, null);

	public Slots {
		if (when instanceof NotFound) {
			when = null;
		}
	}

	/** The same slots naming another board. */
	public Slots withBoard(String code) {
		return new Slots(code, when, decision, person, action, topic);
	}

	public boolean isEmpty() {
		return labels().isEmpty();
	}

	/**
	 * Each slot found, written out for a log or a test: the board code, the reading of
	 * the day and time ({@code found 2026-12-08 10:00}, {@code time 10:00},
	 * {@code ambiguous 2026-12-04 | 2026-12-11}, {@code invalid},
	 * {@code past 2026-11-29}), the decision number ({@code 2027/004}), the person's id,
	 * the action and topic in lower case.
	 */
	public Map<Kind, String> labels() {
		Map<Kind, String> labels = new EnumMap<>(Kind.class);
		if (board != null) {
			labels.put(Kind.BOARD, board);
		}
		if (when != null) {
			labels.put(Kind.WHEN, describe(when));
		}
		if (decision != null) {
			labels.put(Kind.DECISION, decision.toString());
		}
		if (person != null) {
			labels.put(Kind.PERSON, person);
		}
		if (action != null) {
			labels.put(Kind.ACTION, action.toLowerCase(Locale.ROOT));
		}
		if (topic != null) {
			labels.put(Kind.TOPIC, topic.toLowerCase(Locale.ROOT));
		}
		return labels;
	}

	/** A reading of a day and time in a few words: {@code found 2026-12-08 10:00}. */
	public static String describe(WhenResult when) {
		DateTimeFormatter hhmm = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
		if (when instanceof Found found) {
			return "found " + found.date() + found.time().map(t -> " " + t.format(hhmm)).orElse("");
		}
		if (when instanceof TimeOnly timeOnly) {
			return "time " + timeOnly.time().format(hhmm);
		}
		if (when instanceof Ambiguous ambiguous) {
			return "ambiguous " + ambiguous.options()
				.stream()
				.map(Slots::describe)
				.map(s -> s.replaceFirst("^\\w+ ", ""))
				.collect(Collectors.joining(" | "));
		}
		if (when instanceof InThePast past) {
			return "past " + past.date() + past.time().map(t -> " " + t.format(hhmm)).orElse("");
		}
		if (when instanceof Invalid) {
			return "invalid";
		}
		return "none";
	}

	@Override
	public String toString() {
		return labels().entrySet()
			.stream()
			.map(e -> e.getKey().name().toLowerCase(Locale.ROOT) + "=" + e.getValue())
			.collect(Collectors.joining(", ", "{", "}"));
	}

}
