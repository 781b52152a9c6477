package uk.opcc.quorum.scheduler.when;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.opcc.quorum.scheduler.when.WhenResult.Ambiguous;
import uk.opcc.quorum.scheduler.when.WhenResult.Found;
import uk.opcc.quorum.scheduler.when.WhenResult.NotFound;
import uk.opcc.quorum.scheduler.when.WhenResult.Reading;
import uk.opcc.quorum.scheduler.when.WhenResult.Span;

/**
 * Reads a follow-up about a meeting already placed ("move it to 11", "push it back an
 * hour", "make it 3pm", "can we do Thursday instead?") and gives the new slot, with the
 * same results and rules as {@link WhenParser}.
 * <ul>
 * <li>A shift: "push/put/set it back (by) an hour", "delay it by 30 minutes", "an hour
 * later" are later; "bring/pull it forward half an hour", "20 minutes earlier" are
 * earlier. "Move it forward an hour" is {@link Ambiguous}: British speakers use it both
 * ways. Amounts: minutes, hours ("an hour and a half", "half an hour", "a quarter of an
 * hour"), days and weeks.</li>
 * <li>A new day or time: anything {@link WhenParser} reads, plus a bare hour after "to",
 * "for", "make it", "do", "until" ("move it to 11", "make it 3") under the same
 * office-hours rule; "to next week" is the same weekday and time a week later. What the
 * message leaves out is kept: "make it 3pm" keeps the day, "move it to Thursday" keeps
 * the time.</li>
 * </ul>
 */
public final class WhenChange {

	private static final String AMOUNT = "(?:(?<half>half\\s+an?\\s+hour)|(?<quarter>(?:a\\s+)?quarter\\s+of\\s+an?"
			+ "\\s+hour)|(?<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty"
			+ "|forty[- ]five|\\d{1,3})(?<half1>\\s+and\\s+a\\s+half)?\\s+(?<unit>hours?|hrs?|minutes?|mins?|days?"
			+ "|weeks?)(?<half2>\\s+and\\s+a\\s+half)?)(?![a-z])";

	private static final String OBJECT = "(?:[\\w'-]+\\s+){0,3}?";

	private static final Pattern LATER = Pattern.compile("\\b(?:(?:push|put|set|knock|move)\\s+" + OBJECT
			+ "back|(?:delay|postpone)\\s+" + OBJECT + ")\\s*(?:by\\s+)?" + AMOUNT);

	private static final Pattern EARLIER = Pattern
		.compile("\\b(?:bring|pull)\\s+" + OBJECT + "forward\\s+(?:by\\s+)?" + AMOUNT);

	private static final Pattern EITHER = Pattern
		.compile("\\b(?:move|push|put|shift)\\s+" + OBJECT + "forward\\s+(?:by\\s+)?" + AMOUNT);

	private static final Pattern LATER_AFTER = Pattern.compile("\\b" + AMOUNT + "\\s+(?<dir>later|earlier)\\b");

	private static final Pattern WEEK_LATER = Pattern
		.compile("\\b(?:to|until|till|for|into)\\s+(?:next|the\\s+following)\\s+week\\b|\\ba\\s+week\\s+later\\b");

	private final WhenParser parser;

	public WhenChange(WhenParser parser) {
		this.parser = Objects.requireNonNull(parser, "parser");
	}

	/**
	 * The new slot {@code text} asks for, for a meeting on {@code date} at {@code time}.
	 * Never null, never throws; {@link NotFound} when the message asks for no change of
	 * day or time.
	 */
	public WhenResult parse(String text, LocalDate date, LocalTime time) {
		if (text == null || text.isBlank()) {
			return new NotFound();
		}
		LocalDateTime now = parser.now();
		LocalDateTime current = date.atTime(time);
		String lower = MentionScanner.normalise(text);
		Matcher m = LATER_AFTER.matcher(lower);
		if (m.find()) {
			Duration by = amount(m);
			return shifted(List.of(m.group("dir").equals("later") ? current.plus(by) : current.minus(by)), m, now,
					null);
		}
		m = WEEK_LATER.matcher(lower);
		if (m.find() && !hasDayOrTime(text, now)) {
			return shifted(List.of(current.plusWeeks(1)), m, now, null);
		}
		m = LATER.matcher(lower);
		if (m.find()) {
			return shifted(List.of(current.plus(amount(m))), m, now, null);
		}
		m = EARLIER.matcher(lower);
		if (m.find()) {
			return shifted(List.of(current.minus(amount(m))), m, now, null);
		}
		m = EITHER.matcher(lower);
		if (m.find()) {
			Duration by = amount(m);
			String quote = text.substring(m.start(), m.end()).strip();
			return shifted(List.of(current.minus(by), current.plus(by)), m, now, "\u201C" + quote
					+ "\u201D can mean earlier or later: " + describe(current.minus(by), current.plus(by)) + ".");
		}
		List<Mention> mentions = new MentionScanner(text, now.toLocalDate(), true).scan();
		return parser.resolve(text, mentions, now, date, time);
	}

	/**
	 * Whether {@code text} names a day or time of its own ("to next week on Tuesday").
	 */
	private static boolean hasDayOrTime(String text, LocalDateTime now) {
		return new MentionScanner(text, now.toLocalDate(), true).scan()
			.stream()
			.anyMatch((m) -> m.kind() != Mention.Kind.PART);
	}

	private static WhenResult shifted(List<LocalDateTime> slots, Matcher m, LocalDateTime now, String why) {
		Span span = new Span(m.start(), m.end());
		List<Reading> options = new ArrayList<>();
		for (LocalDateTime slot : slots) {
			options.add(new Found(slot.toLocalDate(), Optional.of(slot.toLocalTime()), span));
		}
		List<Reading> future = options.stream().filter((o) -> WhenParser.past(o, now) == null).toList();
		if (future.isEmpty()) {
			return WhenParser.past(options.get(0), now);
		}
		List<Reading> real = future.stream().filter((o) -> WhenParser.skipped(o) == null).toList();
		if (real.isEmpty()) {
			return WhenParser.skipped(future.get(0));
		}
		if (real.size() == 1) {
			return real.get(0);
		}
		return new Ambiguous(real, why + " Which do you mean?");
	}

	private static String describe(LocalDateTime earlier, LocalDateTime later) {
		if (earlier.toLocalDate().equals(later.toLocalDate())) {
			return WhenParser.time(earlier.toLocalTime()) + " or " + WhenParser.time(later.toLocalTime()) + " on "
					+ WhenParser.day(earlier.toLocalDate());
		}
		return WhenParser.day(earlier.toLocalDate()) + " at " + WhenParser.time(earlier.toLocalTime()) + " or "
				+ WhenParser.day(later.toLocalDate()) + " at " + WhenParser.time(later.toLocalTime());
	}

	private static Duration amount(Matcher m) {
		if (m.group("half") != null) {
			return Duration.ofMinutes(30);
		}
		if (m.group("quarter") != null) {
			return Duration.ofMinutes(15);
		}
		long n = Words.number(m.group("n").replace('-', ' '));
		boolean andAHalf = m.group("half1") != null || m.group("half2") != null;
		String unit = m.group("unit");
		if (unit.startsWith("h")) {
			return Duration.ofMinutes(n * 60 + (andAHalf ? 30 : 0));
		}
		if (unit.startsWith("m")) {
			return Duration.ofMinutes(n);
		}
		if (unit.startsWith("d")) {
			return Duration.ofHours(n * 24 + (andAHalf ? 12 : 0));
		}
		return Duration.ofDays(n * 7 + (andAHalf ? 3 : 0));
	}

}
