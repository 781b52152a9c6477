package uk.opcc.quorum.scheduler.when;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import uk.opcc.quorum.scheduler.when.Mention.Kind;
import uk.opcc.quorum.scheduler.when.Mention.Part;
import uk.opcc.quorum.scheduler.when.WhenResult.Ambiguous;
import uk.opcc.quorum.scheduler.when.WhenResult.Found;
import uk.opcc.quorum.scheduler.when.WhenResult.InThePast;
import uk.opcc.quorum.scheduler.when.WhenResult.Invalid;
import uk.opcc.quorum.scheduler.when.WhenResult.NotFound;
import uk.opcc.quorum.scheduler.when.WhenResult.Reading;
import uk.opcc.quorum.scheduler.when.WhenResult.Span;
import uk.opcc.quorum.scheduler.when.WhenResult.TimeOnly;

/**
 * Finds the day and time of a meeting in a message typed in British English ("book the
 * SGB for the first Tuesday in March at 10"), without a model and without guessing: the
 * same message and the same clock always give the same answer, and a message that could
 * mean two things gives both ({@link Ambiguous}) with a question to ask. Days and times
 * are in UK time (Europe/London) whatever the clock's zone.
 *
 * <h2>Days</h2>
 * <ul>
 * <li>"today", "tonight", "tomorrow", "the day after tomorrow", "yesterday" (in the
 * past), "tomorrow week" (a week after tomorrow), "a week today", "a week on Tuesday",
 * "two weeks tomorrow", "in two weeks" / "in a fortnight" / "in 3 days" / "in a month"
 * (counted from today).</li>
 * <li>Weekdays. Weeks run Monday to Sunday.
 * <ul>
 * <li>"Tuesday", "on Tuesday", "this coming Tuesday": the first Tuesday after today
 * (tomorrow at the earliest, a week today at the latest).</li>
 * <li>"this Tuesday": the Tuesday of this week if it is today or still to come, else the
 * first Tuesday after today.</li>
 * <li>"next Tuesday": the Tuesday of next week. When the coming Tuesday is still in this
 * week and is not tomorrow, British speakers split between it and next week's, so both
 * are given ({@link Ambiguous}). Said on Monday 30 November 2026: "next Tuesday" is
 * Tuesday 8 December (tomorrow would be "tomorrow"); "next Friday" is Friday 4 or Friday
 * 11 December, so the parser asks; "next Monday" is Monday 7 December.</li>
 * <li>"Friday week" (or "a week on Friday"): a week after the coming Friday. "Tuesday
 * next week", "next week on Tuesday", "Tuesday this week": that week's Tuesday.</li>
 * <li>"last Tuesday": the most recent Tuesday before today (in the past).</li>
 * </ul>
 * </li>
 * <li>Dates, always day before month: "3rd March", "3 March 2027", "the 3rd of March",
 * "first of March", "March 3rd", "March 3, 2027", "3 Mar '27", "3/3/27", "03/03/2027",
 * "3.3.2027", "3-3-2027", "2027-03-03", "03/04" (3 April), "on 3/4". A weekday written
 * before a date is checked ("Tuesday 3 March 2027" is invalid: it is a Wednesday). A day
 * and month with no year are read only when both have two digits ("03/04", "10/12") or
 * "on" or a weekday comes first ("on 3/4", "Fri 4/12"): "3/4" or "7/10" alone is taken
 * for a fraction or a score.</li>
 * <li>A date with no year is the next one not in the past: today counts, so "30 November"
 * said on 30 November is today, and "3 March" said in November is next March. The year is
 * chosen first, then the date checked, so "29 February" said in 2026 is invalid (February
 * 2027 has no 29th) rather than February 2028.</li>
 * <li>"the 5th", "on the 5th", "Tuesday the 8th", "Friday 11th": the next 5th of a month
 * not in the past, checked against the weekday. "the 3rd of next month" (or of "this
 * month", "the month after next").</li>
 * <li>"the first/second/third/fourth/fifth/last Tuesday in (or of) March [2027]", also
 * "of next month", "next month", "of this month", "of the month", "of the month after
 * next"; with no year, the next one not in the past ("the first Tuesday in November" said
 * on 30 November 2026 is 2 November 2027); a fifth that the month lacks is invalid.</li>
 * <li>"this morning", "this afternoon", "this evening", "tonight" are today.</li>
 * </ul>
 *
 * <h2>Times</h2> "10am", "2pm", "2.30pm", "2:30 p.m.", "14:30", "14.30", "at 10", "at
 * 10.30", "10 o'clock", "at ten", "at two thirty", "noon", "midday", "12 noon", "half
 * past two", "quarter to three", "twenty past ten", "half two" (British: 2.30), ranges
 * ("2-4pm", "from 10 to 12", "at 10 to 12", "between 10 and 11.30": the start is the
 * time; in words, "ten to twelve" is 11:50). "10.30" with a dot is read only after a date
 * ("Tuesday 10.30"), after "at", or as a 24-hour time ("14.30"), since "4.10" alone is
 * more often a paragraph or a price. A bare number is a time only after "at" ("at 10").
 * <p>
 * <b>Office hours</b>: an hour written without am or pm and not in 24-hour form ("at 7",
 * "half past two", "2:30", but not "14:30" or "07:30") is a meeting time: 8 to 11 are
 * morning, 12 is noon, 1 to 6 are afternoon (13:00 to 18:00), and 7 could be 07:00 or
 * 19:00 (both are usual for public meetings), so it is {@link Ambiguous} unless the other
 * is in the past or a part of the day is named. "in the morning", "this morning" make a
 * bare hour morning; "afternoon", "evening", "tonight" make it afternoon or evening.
 * Hours with a leading zero and 13 to 23 are the 24-hour clock; "14:30pm" is read as
 * 14:30; "13am", "0pm", "25:00", "24:00" and "14:75" are invalid.
 *
 * <h2>Results</h2> Everything found is combined, in any order ("at 14:30 on the 5th of
 * May"). Two readings of one day that agree are one ("Tuesday, 1st December"); two days
 * that cannot both be meant are {@link Ambiguous}. A reading before now is dropped when
 * another remains ("today at 7" at 09:00 is 19:00); when none remains the result is
 * {@link InThePast}. A time that does not exist because the clocks go forward is
 * {@link Invalid}; a time that happens twice because they go back is {@link Found} with
 * its local time, and {@link LondonTime#of} asks which. Empty or unreadable text is
 * {@link NotFound}; nothing here throws on any input, and a long message is read whole.
 *
 * <h2>Not read</h2> "midnight", "mid-March", "early next week", "the end of the month",
 * named days ("Christmas Day", bank holidays), "next year", recurrences ("every Tuesday",
 * read as the coming Tuesday), times with seconds, end times (a range gives its start).
 */
public final class WhenParser {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

	private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

	private final Clock clock;

	/** A parser reading "today" and "now" from {@code clock}, in UK time. */
	public WhenParser(Clock clock) {
		this.clock = Objects.requireNonNull(clock, "clock");
	}

	/** The day and time {@code text} names, if any. Never null, never throws. */
	public WhenResult parse(String text) {
		if (text == null || text.isBlank()) {
			return new NotFound();
		}
		LocalDateTime now = now();
		List<Mention> mentions = new MentionScanner(text, now.toLocalDate(), false).scan();
		return resolve(text, mentions, now, null, null);
	}

	/** Now in UK time. */
	LocalDateTime now() {
		return LocalDateTime.ofInstant(clock.instant(), LondonTime.ZONE);
	}

	/**
	 * Combines what was found into one result; {@code keepDate} and {@code keepTime}
	 * (either may be null) stand in when the message names no day or no time.
	 */
	WhenResult resolve(String text, List<Mention> mentions, LocalDateTime now, LocalDate keepDate, LocalTime keepTime) {
		for (Mention mention : mentions) {
			if (mention.kind() == Kind.INVALID) {
				return new Invalid(mention.invalid(), mention.span());
			}
		}
		List<Mention> days = mentions.stream().filter((m) -> m.kind() == Kind.DATE).toList();
		List<Mention> times = mentions.stream().filter((m) -> m.kind() == Kind.TIME).toList();
		if (days.isEmpty() && times.isEmpty()) {
			return new NotFound();
		}
		Part part = mentions.stream().map(Mention::part).filter(Objects::nonNull).findFirst().orElse(null);
		Span span = mentions.stream().map(Mention::span).reduce(Span::union).orElseThrow();
		Choice<LocalDate> day = choose(text, days, Mention::dates);
		Choice<LocalTime> time = choose(text, times, (m) -> m.written().readings(part));
		if (day.values().isEmpty() && keepDate != null) {
			day = Choice.of(keepDate);
		}
		if (time.values().isEmpty() && keepTime != null) {
			time = Choice.of(keepTime);
		}
		List<Reading> options = new ArrayList<>();
		if (day.values().isEmpty()) {
			time.values().forEach((t) -> options.add(new TimeOnly(t, span)));
		}
		else {
			for (LocalDate d : day.values()) {
				if (time.values().isEmpty()) {
					options.add(new Found(d, Optional.empty(), span));
				}
				for (LocalTime t : time.values()) {
					options.add(new Found(d, Optional.of(t), span));
				}
			}
		}
		return settle(options, now, day, time);
	}

	/**
	 * Drops readings in the past or in the spring-forward hour, then gives the one left,
	 * or asks between those left, or says why none is left.
	 */
	private WhenResult settle(List<Reading> options, LocalDateTime now, Choice<LocalDate> day, Choice<LocalTime> time) {
		List<Reading> future = options.stream().filter((o) -> past(o, now) == null).toList();
		if (future.isEmpty()) {
			return past(options.get(0), now);
		}
		List<Reading> real = future.stream().filter((o) -> skipped(o) == null).toList();
		if (real.isEmpty()) {
			return skipped(future.get(0));
		}
		if (real.size() == 1) {
			return real.get(0);
		}
		return new Ambiguous(real, question(real, day, time));
	}

	/** Whether {@code option} is before now: the answer to give if so, else null. */
	static InThePast past(Reading option, LocalDateTime now) {
		if (!(option instanceof Found found)) {
			return null;
		}
		LocalDate today = now.toLocalDate();
		if (found.date().isBefore(today)) {
			return new InThePast(found.date(), found.time(), found.span(), day(found.date()) + " is in the past.");
		}
		if (found.date().equals(today) && found.time().isPresent()
				&& found.time().get().isBefore(now.toLocalTime().withSecond(0).withNano(0))) {
			return new InThePast(found.date(), found.time(), found.span(),
					time(found.time().get()) + " today has already passed.");
		}
		return null;
	}

	/** Whether {@code option} falls when the clocks go forward: the answer if so. */
	static Invalid skipped(Reading option) {
		if (option instanceof Found found && found.inLondon().orElse(null) instanceof LondonTime.Skipped skipped) {
			return new Invalid(skipped.sentence(), found.span());
		}
		return null;
	}

	private static String question(List<Reading> options, Choice<LocalDate> day, Choice<LocalTime> time) {
		Set<LocalDate> dates = new LinkedHashSet<>();
		Set<LocalTime> times = new LinkedHashSet<>();
		for (Reading option : options) {
			if (option instanceof Found found) {
				dates.add(found.date());
				found.time().ifPresent(times::add);
			}
			else if (option instanceof TimeOnly timeOnly) {
				times.add(timeOnly.time());
			}
		}
		List<String> parts = new ArrayList<>();
		if (dates.size() > 1) {
			parts.add(day.explain("day", or(dates.stream().map(WhenParser::day).toList())));
		}
		if (times.size() > 1) {
			parts.add(time.explain("time", or(times.stream().map(WhenParser::time).toList())));
		}
		return String.join(" ", parts) + " Which do you mean?";
	}

	/** "A or B", "A, B or C". */
	static String or(List<String> items) {
		if (items.size() == 1) {
			return items.get(0);
		}
		return String.join(", ", items.subList(0, items.size() - 1)) + " or " + items.get(items.size() - 1);
	}

	/** A day as the parser writes it: "Tuesday 1 December 2026". */
	static String day(LocalDate date) {
		return date.format(DAY);
	}

	/** A time as the parser writes it: "14:30". */
	static String time(LocalTime time) {
		return time.format(HH_MM);
	}

	/**
	 * What several mentions of one thing (days, or times) agree on: the values they
	 * share, or all of them when they share none.
	 */
	private static <T> Choice<T> choose(String text, List<Mention> mentions, Function<Mention, List<T>> readings) {
		List<T> values = new ArrayList<>();
		String quote = null;
		boolean conflict = false;
		for (Mention mention : mentions) {
			List<T> these = readings.apply(mention);
			if (values.isEmpty() && !conflict) {
				values.addAll(these);
			}
			else {
				List<T> shared = values.stream().filter(these::contains).toList();
				if (shared.isEmpty()) {
					conflict = true;
					these.stream().filter((v) -> !values.contains(v)).forEach(values::add);
					continue;
				}
				values.retainAll(shared);
			}
			if (these.size() > 1 && quote == null) {
				quote = mention.span().of(text).strip();
			}
		}
		return new Choice<>(List.copyOf(values), quote, conflict);
	}

	/**
	 * The possible values of one thing, the words that made it ambiguous, and whether the
	 * ambiguity is two mentions that disagree.
	 */
	private record Choice<T>(List<T> values, String quote, boolean conflict) {

		static <T> Choice<T> of(T value) {
			return new Choice<>(List.of(value), null, false);
		}

		String explain(String noun, String options) {
			if (conflict || quote == null) {
				return "The message names more than one " + noun + ": " + options + ".";
			}
			return "\u201C" + quote + "\u201D could be " + options + ".";
		}

	}

}
