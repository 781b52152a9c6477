package uk.opcc.quorum.scheduler.when;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.opcc.quorum.scheduler.when.Mention.Part;
import uk.opcc.quorum.scheduler.when.Mention.Written;

import static uk.opcc.quorum.scheduler.when.Words.AMPM;
import static uk.opcc.quorum.scheduler.when.Words.COUNT;
import static uk.opcc.quorum.scheduler.when.Words.DAY_WORD;
import static uk.opcc.quorum.scheduler.when.Words.HOUR_WORD;
import static uk.opcc.quorum.scheduler.when.Words.MONTH;
import static uk.opcc.quorum.scheduler.when.Words.WEEKDAY;

/**
 * Finds the dates, times and parts of the day in one message. Patterns run in a fixed
 * order, most specific first; a match that overlaps an earlier one is skipped, so
 * "3/3/27" is one date and not a date and a fraction. Every pattern is compiled once and
 * is linear in the message (no nested repetition), so a long message costs a scan, not a
 * search. One scanner reads one message.
 */
final class MentionScanner {

	private static final String YEAR = "(?:,?\\s+(?<year>\\d{4})(?!\\d)|\\s+'(?<yy>\\d{2})(?!\\d))";

	private static final String SUFFIX = "(?:st|nd|rd|th)";

	/** "next month", "this month", "the month", "the month after next". */
	private static final String WHICH_MONTH = "(?<which>next|this|the)\\s+month\\b(?<after>\\s+after\\s+next\\b)?";

	/** Not followed by what a number counts ("between 10 and 12 members"). */
	private static final String NOT_A_COUNT = "(?!\\s*(?:%|per\\s*cent|(?:members?|people|persons?|items?|papers?"
			+ "|pages?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|votes?|seats?)\\b))";

	private static final String AMPM1 = AMPM.replace("ampm", "ampm1");

	private static final String AMPM2 = AMPM.replace("ampm", "ampm2");

	// ---- dates, most specific first

	private static final Pattern ISO = Pattern
		.compile("(?<![\\d/.-])(?<y>\\d{4})-(?<m>\\d{1,2})-(?<d>\\d{1,2})(?![\\d/.-]?\\d)");

	private static final Pattern DMY = Pattern
		.compile("(?<![\\d/.:-])(?<d>\\d{1,2})(?<sep>[/.-])(?<m>\\d{1,2})\\k<sep>(?<y>\\d{4}|\\d{2})(?![\\d/.:-]?\\d)");

	private static final Pattern NTH_WEEKDAY = Pattern
		.compile("\\b(?:the\\s+)?(?<nth>first|second|third|fourth|fifth|last|final|1st|2nd|3rd|4th|5th)\\s+" + WEEKDAY
				+ "\\s+(?:(?:in|of)\\s+" + MONTH + YEAR + "?|(?:(?:in|of)\\s+)?" + WHICH_MONTH + ")");

	private static final Pattern DAY_MONTH = Pattern.compile("(?:\\bthe\\s+)?(?:(?<!\\bat\\s)\\b(?<d>\\d{1,2})" + SUFFIX
			+ "?|\\b" + DAY_WORD + ")(?:\\s+of)?\\s+" + MONTH + YEAR + "?");

	private static final Pattern MONTH_DAY = Pattern.compile("\\b" + MONTH + "\\s+(?:the\\s+)?(?:(?<d>\\d{1,2})"
			+ SUFFIX + "?\\b(?![.:]\\d)(?!\\s*(?:[ap]\\.?m(?![a-z])|o'?clock))|" + DAY_WORD + ")" + YEAR + "?");

	private static final Pattern DAY_OF_MONTH = Pattern
		.compile("(?:\\bthe\\s+)?\\b(?<d>\\d{1,2})" + SUFFIX + "?\\s+of\\s+" + WHICH_MONTH);

	private static final Pattern DM = Pattern
		.compile("(?<![\\d/.:£$€-])(?<d>\\d{1,2})/(?<m>\\d{1,2})(?![\\d/.]?\\d)" + NOT_A_COUNT);

	/** "the 5th", "on the 5th", "for the 5th", and "5th" straight after a weekday. */
	private static final Pattern THE_NTH = Pattern.compile("(?:(?<=\\bfor\\s)(?:the\\s+)?|\\bon\\s+(?:the\\s+)?"
			+ "|\\bthe\\s+|(?<bare>(?<=[a-z],?\\s)))(?<d>\\d{1,2})" + SUFFIX + "\\b(?!\\s+of\\b)");

	/** What may come before an explicit date: "on", a weekday, "the". */
	private static final Pattern BEFORE_DATE = Pattern
		.compile("(?:\\bon\\s+)?(?:\\b" + WEEKDAY + "(?:\\s*,\\s*|\\s+))?(?:\\bthe\\s+)?$");

	private static final Pattern DAY_AFTER_TOMORROW = Pattern.compile("\\b(?:the\\s+)?day\\s+after\\s+tomorrow\\b");

	private static final Pattern WEEKS_ON = Pattern.compile("\\b(?:(?<n>" + COUNT
			+ ")\\s+weeks?|(?<fortnight>a\\s+fortnight))\\s+(?:on\\s+|from\\s+)?(?:(?<rel>today|tomorrow)\\b|" + WEEKDAY
			+ ")");

	private static final Pattern IN_COUNT = Pattern.compile("\\bin\\s+(?:(?<n>" + COUNT
			+ ")\\s+(?<unit>day|week|fortnight|month)s?|(?<fortnight>a\\s+fortnight))(?:'s|')?(?:\\s+time)?(?![a-z])");

	private static final Pattern DAY_WORDS = Pattern
		.compile("\\b(?<rel>today|tonight|tomorrow|tmrw|tomorow|yesterday)(?:'?s)?\\b(?<week>\\s+week\\b)?");

	private static final Pattern WEEKDAY_WEEK = Pattern.compile("\\b(?:on\\s+)?" + WEEKDAY + "\\s+week\\b");

	private static final Pattern WEEKDAY_OF_WEEK = Pattern.compile("\\b(?:on\\s+)?(?:" + WEEKDAY
			+ "\\s+(?:of\\s+)?(?<which>next|this)\\s+week\\b|(?<which2>next|this)\\s+week\\s+(?:on\\s+)?"
			+ WEEKDAY.replace("<weekday>", "<weekday2>") + ")");

	private static final Pattern WEEKDAY_ALONE = Pattern.compile(
			"\\b(?:(?<how>on\\s+the\\s+coming|this\\s+coming|the\\s+coming|coming|this|next|last|on)\\s+)?" + WEEKDAY);

	// ---- times

	private static final Pattern RANGE = Pattern
		.compile("\\b(?:(?<pre>from|between|at)\\s+)?(?<![\\d:.£$€])" + "(?<h1>\\d{1,2})(?:[:.](?<m1>\\d{2}))?(?:\\s*"
				+ AMPM1 + ")?" + "(?:\\s*-\\s*|\\s+(?<to>to|till|til|until|and)\\s+)"
				+ "(?<h2>\\d{1,2})(?:[:.](?<m2>\\d{2}))?(?:\\s*" + AMPM2 + ")?(?![\\w:.]?\\d)(?![a-z])" + NOT_A_COUNT);

	private static final Pattern NOON = Pattern.compile("\\b(?:at\\s+)?(?:12(?:[:.]00)?\\s*)?(?:noon|midday)\\b");

	private static final Pattern WITH_AMPM = Pattern
		.compile("(?:\\bat\\s+)?(?<![\\d:.£$€])(?<h>\\d{1,2})(?:[:.](?<m>\\d{2}))?\\s*(?:o'?clock\\s*)?" + AMPM);

	private static final Pattern COLON = Pattern
		.compile("(?:\\b(?<pre>at|from|by|for|until|till)\\s+)?(?<![\\d:.£$€])(?<h>\\d{1,2})(?<sep>[:.])(?<m>\\d{2})"
				+ "(?![\\d])(?![:.]\\d)(?:\\s*(?:hrs|hours|h)\\b)?");

	private static final Pattern PAST_TO = Pattern.compile("\\b(?:at\\s+)?(?:a\\s+)?(?<min>half|quarter"
			+ "|twenty[- ]five|twenty|ten|five|\\d{1,2}\\s+minutes)(?:\\s+minutes)?\\s+(?<dir>past|to|after)\\s+(?<h>"
			+ HOUR_WORD + "|\\d{1,2})(?![a-z\\d])(?:\\s+o'?clock)?(?:\\s*" + AMPM + ")?");

	private static final Pattern HALF_HOUR = Pattern
		.compile("\\b(?:at\\s+)?half\\s+(?<h>" + HOUR_WORD + "|\\d{1,2})(?![a-z\\d:.])(?:\\s*" + AMPM + ")?");

	private static final Pattern HOUR_WORDS = Pattern.compile("\\b(?<at>at\\s+)?(?<h>" + HOUR_WORD
			+ ")(?![a-z])(?:[ -](?<m>fifteen|thirty|forty[- ]five|o'?five))?(?<oclock>\\s+o'?clock)?(?:\\s*" + AMPM
			+ ")?(?!\\s+(?:point|of|stage|time|another|other|each|members?|persons?|people|meetings?|items?|or|and"
			+ "|go|least|most|all|days?|weeks?|months?|hours?|minutes?)\\b)");

	private static final Pattern DIGIT_OCLOCK = Pattern
		.compile("(?:\\bat\\s+)?(?<![\\d:.])(?<h>\\d{1,2})\\s*o'?clock\\b");

	private static final Pattern AT_HOUR = Pattern
		.compile("\\bat\\s+(?<h>\\d{1,2})(?![\\d])(?![:./,]\\d)(?!\\s*(?:st|nd|rd|th)\\b)" + NOT_A_COUNT);

	/** A bare hour after "to", "make it" and the like, read only in a follow-up. */
	private static final Pattern LOOSE_HOUR = Pattern.compile("\\b(?:to|for|make\\s+it|do|until|till|start\\s+at)"
			+ "\\s+(?<h>\\d{1,2})(?:[:.](?<m>\\d{2}))?(?![\\d])(?![:./,]\\d)(?!\\s*(?:st|nd|rd|th)\\b)" + NOT_A_COUNT);

	private static final Pattern PART = Pattern
		.compile("\\b(?:(?<this>this)\\s+|in\\s+the\\s+)?(?<!good\\s)(?<part>morning|afternoon|evening)(?![a-z])");

	private static final Pattern LEADING_WORD = Pattern.compile("^(?i)(?:at|from|between|by|for|until|till)\\s+");

	/** Weekday abbreviations that are too often other words to stand alone. */
	private static final Set<String> NOT_ALONE = Set.of("mon", "wed", "sat", "sun");

	/**
	 * What may follow "3 May" when "May" is the month and not the verb ("item 3 may
	 * need").
	 */
	private static final Pattern AFTER_MAY = Pattern.compile("\\s*(?:$|[,.;:!?)(-]|\\d|(?:at|from|for|in|on|to|and"
			+ "|or|please|instead|then|is|would|works?|suits?|if|ok|okay|next|this)\\b)");

	private static final Pattern ORDINAL_DIGITS = Pattern.compile("\\d(?:st|nd|rd|th)\\b|\\bof\\b");

	private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private final String text;

	private final String lower;

	private final LocalDate today;

	private final boolean loose;

	private final boolean[] taken;

	private final List<Mention> mentions = new ArrayList<>();

	/**
	 * @param text the message
	 * @param today today in UK time
	 * @param loose whether to read a bare hour after "to" or "make it" as a time (for
	 * follow-ups such as "move it to 11")
	 */
	MentionScanner(String text, LocalDate today, boolean loose) {
		this.text = text;
		this.lower = normalise(text);
		this.today = today;
		this.loose = loose;
		this.taken = new boolean[text.length()];
	}

	/**
	 * Lower case, with typographic quotes, dashes and spaces made plain, one character
	 * for one, so positions in it are positions in the message.
	 */
	static String normalise(String text) {
		char[] chars = new char[text.length()];
		for (int i = 0; i < chars.length; i++) {
			char c = text.charAt(i);
			chars[i] = switch (c) {
				case '\u2018', '\u2019', '\u02BC', '`' -> '\'';
				case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212' -> '-';
				case '\u00A0', '\u2009', '\u202F', '\t', '\n', '\r' -> ' ';
				default -> Character.toLowerCase(c);
			};
		}
		return new String(chars);
	}

	/**
	 * The mentions, in the order they appear. A pattern is tried only when the words it
	 * needs are in the message (a cheap search), so most messages meet few patterns.
	 */
	List<Mention> scan() {
		boolean digits = lower.chars().anyMatch((c) -> c >= '0' && c <= '9');
		boolean months = has("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
		boolean weekdays = has("mon", "tue", "wed", "thu", "fri", "sat", "sun");
		boolean weeks = has("week", "fortnight");
		if (digits) {
			find(ISO, this::iso);
			find(DMY, this::dmy);
		}
		if (weekdays && (months || has("month"))) {
			find(NTH_WEEKDAY, this::nthWeekday);
		}
		if (months) {
			find(DAY_MONTH, this::dayMonth);
			find(MONTH_DAY, this::dayMonth);
		}
		if (digits) {
			if (has("month")) {
				find(DAY_OF_MONTH, this::dayOfMonth);
			}
			find(DM, this::dm);
			find(THE_NTH, this::theNth);
		}
		if (has("tomorrow")) {
			find(DAY_AFTER_TOMORROW, (m) -> Mention.date(m.start(), m.end(), today.plusDays(2)));
		}
		if (weeks) {
			find(WEEKS_ON, this::weeksOn);
		}
		if (has("in ")) {
			find(IN_COUNT, this::inCount);
		}
		find(DAY_WORDS, this::dayWords);
		if (weekdays && weeks) {
			find(WEEKDAY_WEEK, (m) -> Mention.date(m.start(), m.end(), coming(weekday(m)).plusWeeks(1)));
			find(WEEKDAY_OF_WEEK, this::weekdayOfWeek);
		}
		if (weekdays) {
			find(WEEKDAY_ALONE, this::weekdayAlone);
		}
		if (digits) {
			find(RANGE, this::range);
		}
		if (has("noon", "midday")) {
			find(NOON, (m) -> Mention.time(m.start(), m.end(), Written.exact(12, 0)));
		}
		if (digits) {
			find(WITH_AMPM, this::withAmPm);
			find(COLON, this::colon);
		}
		if (has("past", "to ", "after")) {
			find(PAST_TO, this::pastTo);
		}
		if (has("half")) {
			find(HALF_HOUR, this::halfHour);
		}
		find(HOUR_WORDS, this::hourWords);
		if (digits) {
			find(DIGIT_OCLOCK, this::bareHour);
			find(AT_HOUR, this::bareHour);
			if (loose) {
				find(LOOSE_HOUR, this::looseHour);
			}
		}
		if (has("morning", "afternoon", "evening")) {
			find(PART, this::part);
		}
		mentions.sort(Comparator.comparingInt((Mention m) -> m.span().start()));
		return mentions;
	}

	/** Whether any of {@code words} is in the message. */
	private boolean has(String... words) {
		for (String word : words) {
			if (lower.contains(word)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Every match of {@code pattern} that overlaps nothing found before; {@code read}
	 * returns null to pass over a match that is not a date or time after all.
	 */
	private void find(Pattern pattern, Function<Matcher, Mention> read) {
		Matcher m = pattern.matcher(lower);
		int from = 0;
		while (from < lower.length() && m.find(from)) {
			if (m.end() == m.start()) {
				from = m.start() + 1;
				continue;
			}
			if (!free(m.start(), m.end())) {
				from = m.start() + 1;
				continue;
			}
			Mention found = read.apply(m);
			if (found == null) {
				from = m.start() + 1;
				continue;
			}
			take(found);
			from = found.span().end();
		}
	}

	private boolean free(int start, int end) {
		for (int i = start; i < end; i++) {
			if (taken[i]) {
				return false;
			}
		}
		return true;
	}

	private void take(Mention mention) {
		for (int i = mention.span().start(); i < mention.span().end(); i++) {
			taken[i] = true;
		}
		mentions.add(mention);
	}

	// ---- explicit dates

	private Mention iso(Matcher m) {
		return explicit(m, Integer.parseInt(m.group("y")), Integer.parseInt(m.group("m")),
				Integer.parseInt(m.group("d")));
	}

	private Mention dmy(Matcher m) {
		String y = m.group("y");
		int year = Integer.parseInt(y) + ((y.length() == 2) ? 2000 : 0);
		return explicit(m, year, Integer.parseInt(m.group("m")), Integer.parseInt(m.group("d")));
	}

	/**
	 * "03/04", "10/12", "on 3/4", "Friday 4/12": day and month with no year. "3/4" or
	 * "7/10" alone may be a fraction or a score ("7/10 voted for"), so is not read.
	 */
	private Mention dm(Matcher m) {
		Before before = before(m.start());
		boolean dateShaped = m.group("d").length() == 2 && m.group("m").length() == 2;
		if (!dateShaped && before.start() == m.start()) {
			return null;
		}
		return explicit(m, null, Integer.parseInt(m.group("m")), Integer.parseInt(m.group("d")));
	}

	private Mention explicit(Matcher m, Integer year, int month, int day) {
		if (month < 1 || month > 12) {
			Before before = before(m.start());
			return Mention.invalid(before.start(), m.end(),
					"There is no month " + month + ": dates are read day first (day/month/year).");
		}
		return date(m, year, Month.of(month), day);
	}

	private Mention dayMonth(Matcher m) {
		if (m.group("month").startsWith("may") && !mayIsTheMonth(m)) {
			return null;
		}
		String digits = m.group("d");
		int day = (digits != null) ? Integer.parseInt(digits) : Words.dayWord(m.group("dayword"));
		return date(m, year(m), Words.month(m.group("month")), day);
	}

	private boolean mayIsTheMonth(Matcher m) {
		if (m.group("dayword") != null || year(m) != null
				|| ORDINAL_DIGITS.matcher(lower).region(m.start(), m.end()).find()) {
			return true;
		}
		return AFTER_MAY.matcher(lower).region(m.end(), lower.length()).lookingAt();
	}

	private static Integer year(Matcher m) {
		if (m.group("year") != null) {
			return Integer.parseInt(m.group("year"));
		}
		if (m.group("yy") != null) {
			return 2000 + Integer.parseInt(m.group("yy"));
		}
		return null;
	}

	/**
	 * A day in a month, in {@code year} or (when null) in the next year in which it is
	 * not past; checked against a weekday written just before it.
	 */
	private Mention date(Matcher m, Integer year, Month month, int day) {
		if (day < 1) {
			return null;
		}
		Before before = before(m.start());
		int start = before.start();
		if (day > month.maxLength()) {
			return Mention.invalid(start, m.end(), Words.name(month) + " has no " + Words.ordinal(day) + ".");
		}
		int y = (year != null) ? year : nextYearFor(month, day);
		if (day > month.length(Year.isLeap(y))) {
			return Mention.invalid(start, m.end(),
					Words.name(month) + " " + y + " has no " + Words.ordinal(day) + ": " + y + " is not a leap year.");
		}
		LocalDate date = LocalDate.of(y, month, day);
		if (before.weekday() != null && before.weekday() != date.getDayOfWeek()) {
			return Mention.invalid(start, m.end(), date.format(DAY_MONTH_YEAR) + " is a "
					+ Words.name(date.getDayOfWeek()) + ", not a " + Words.name(before.weekday()) + ".");
		}
		return Mention.date(start, m.end(), date);
	}

	private int nextYearFor(Month month, int day) {
		boolean notYet = month.getValue() > today.getMonthValue()
				|| (month.getValue() == today.getMonthValue() && day >= today.getDayOfMonth());
		return notYet ? today.getYear() : today.getYear() + 1;
	}

	private Mention dayOfMonth(Matcher m) {
		YearMonth month = YearMonth.from(today).plusMonths(monthsAhead(m));
		return date(m, month.getYear(), month.getMonth(), Integer.parseInt(m.group("d")));
	}

	private Mention theNth(Matcher m) {
		int day = Integer.parseInt(m.group("d"));
		if (day < 1) {
			return null;
		}
		Before before = before(m.start());
		if (m.group("bare") != null && before.weekday() == null) {
			// "11th" alone may be anything; "Friday 11th" is a date
			return null;
		}
		if (day > 31) {
			return Mention.invalid(before.start(), m.end(), "No month has a " + Words.ordinal(day) + ".");
		}
		YearMonth month = YearMonth.from(today);
		if (day < today.getDayOfMonth()) {
			month = month.plusMonths(1);
		}
		while (!month.isValidDay(day)) {
			month = month.plusMonths(1);
		}
		LocalDate date = month.atDay(day);
		if (before.weekday() != null && before.weekday() != date.getDayOfWeek()) {
			return Mention.invalid(before.start(), m.end(), "The next " + Words.ordinal(day) + " is "
					+ WhenParser.day(date) + ", not a " + Words.name(before.weekday()) + ".");
		}
		return Mention.date(before.start(), m.end(), date);
	}

	private Mention nthWeekday(Matcher m) {
		DayOfWeek weekday = weekday(m);
		String nth = m.group("nth");
		int n = switch (nth) {
			case "first", "1st" -> 1;
			case "second", "2nd" -> 2;
			case "third", "3rd" -> 3;
			case "fourth", "4th" -> 4;
			case "fifth", "5th" -> 5;
			default -> -1;
		};
		YearMonth month;
		boolean roll = false;
		if (m.group("which") != null) {
			month = YearMonth.from(today).plusMonths(monthsAhead(m));
		}
		else {
			Month named = Words.month(m.group("month"));
			Integer year = year(m);
			roll = year == null;
			month = YearMonth.of((year != null) ? year : today.getYear(), named);
			if (roll && month.isBefore(YearMonth.from(today))) {
				month = month.plusYears(1);
			}
		}
		LocalDate date = nth(month, weekday, n);
		if (roll && date != null && date.isBefore(today)) {
			month = month.plusYears(1);
			date = nth(month, weekday, n);
		}
		int start = m.start();
		if (date == null) {
			return Mention.invalid(start, m.end(), Words.name(month.getMonth()) + " " + month.getYear() + " has no "
					+ nth.replace("5th", "fifth") + " " + Words.name(weekday) + ".");
		}
		return Mention.date(start, m.end(), date);
	}

	/** "this month" and "the month" 0, "next month" 1, "the month after next" 2. */
	private static int monthsAhead(Matcher m) {
		if (m.group("after") != null) {
			return 2;
		}
		return m.group("which").equals("next") ? 1 : 0;
	}

	private static LocalDate nth(YearMonth month, DayOfWeek weekday, int n) {
		if (n < 0) {
			return month.atEndOfMonth().with(TemporalAdjusters.previousOrSame(weekday));
		}
		LocalDate date = month.atDay(1).with(TemporalAdjusters.nextOrSame(weekday)).plusWeeks(n - 1L);
		return YearMonth.from(date).equals(month) ? date : null;
	}

	/** "on", a weekday and "the" just before {@code start}, when not already taken. */
	private Before before(int start) {
		Matcher m = BEFORE_DATE.matcher(lower);
		m.region(Math.max(0, start - 24), start);
		m.useTransparentBounds(true);
		if (!m.find() || m.start() == start || !free(m.start(), start)) {
			return new Before(start, null);
		}
		String weekday = m.group("weekday");
		return new Before(m.start(), (weekday != null) ? Words.weekday(weekday) : null);
	}

	private record Before(int start, DayOfWeek weekday) {

	}

	// ---- relative dates

	private Mention weeksOn(Matcher m) {
		int weeks = (m.group("fortnight") != null) ? 2 : Words.number(m.group("n"));
		LocalDate base;
		if (m.group("rel") != null) {
			base = m.group("rel").equals("today") ? today : today.plusDays(1);
		}
		else {
			base = coming(weekday(m));
		}
		return Mention.date(m.start(), m.end(), base.plusWeeks(weeks));
	}

	private Mention inCount(Matcher m) {
		if (m.group("fortnight") != null) {
			return Mention.date(m.start(), m.end(), today.plusWeeks(2));
		}
		int n = Words.number(m.group("n"));
		if (n > 366) {
			return null;
		}
		LocalDate date = switch (m.group("unit")) {
			case "day" -> today.plusDays(n);
			case "week" -> today.plusWeeks(n);
			case "fortnight" -> today.plusWeeks(2L * n);
			default -> today.plusMonths(n);
		};
		return Mention.date(m.start(), m.end(), date);
	}

	private Mention dayWords(Matcher m) {
		String word = m.group("rel");
		LocalDate date = switch (word) {
			case "today", "tonight" -> today;
			case "yesterday" -> today.minusDays(1);
			default -> today.plusDays(1);
		};
		if (m.group("week") != null) {
			date = date.plusWeeks(1);
		}
		return Mention.date(m.start(), m.end(), List.of(date), word.equals("tonight") ? Part.AFTERNOON : null);
	}

	private Mention weekdayOfWeek(Matcher m) {
		String which = (m.group("which") != null) ? m.group("which") : m.group("which2");
		DayOfWeek weekday = Words.weekday((m.group("weekday") != null) ? m.group("weekday") : m.group("weekday2"));
		return Mention.date(m.start(), m.end(), weekOf(which.equals("next") ? 1 : 0, weekday));
	}

	/**
	 * "Tuesday", "on Tuesday", "this Tuesday", "next Tuesday", "last Tuesday": see the
	 * rules in {@link WhenParser}.
	 */
	private Mention weekdayAlone(Matcher m) {
		String how = (m.group("how") != null) ? m.group("how").replaceAll("\\s+", " ") : "";
		String word = m.group("weekday");
		DayOfWeek weekday = Words.weekday(word);
		if (how.isEmpty() && NOT_ALONE.contains(word)) {
			return null;
		}
		return switch (how) {
			case "this" -> Mention.date(m.start(), m.end(), today.with(TemporalAdjusters.nextOrSame(weekday)));
			case "last" -> Mention.date(m.start(), m.end(), today.with(TemporalAdjusters.previous(weekday)));
			case "next" -> Mention.date(m.start(), m.end(), next(weekday), null);
			default -> Mention.date(m.start(), m.end(), coming(weekday));
		};
	}

	/**
	 * "next Tuesday": the Tuesday of next week (weeks run Monday to Sunday); both that
	 * and the coming Tuesday when the coming one is still this week and not tomorrow.
	 */
	private List<LocalDate> next(DayOfWeek weekday) {
		LocalDate nextWeek = weekOf(1, weekday);
		LocalDate coming = coming(weekday);
		if (coming.equals(nextWeek) || ChronoUnit.DAYS.between(today, coming) == 1) {
			return List.of(nextWeek);
		}
		return List.of(coming, nextWeek);
	}

	/** The first {@code weekday} after today (tomorrow to a week today). */
	private LocalDate coming(DayOfWeek weekday) {
		return today.with(TemporalAdjusters.next(weekday));
	}

	/**
	 * {@code weekday} in the week {@code weeks} after this one (weeks start on Monday).
	 */
	private LocalDate weekOf(int weeks, DayOfWeek weekday) {
		return today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
			.plusWeeks(weeks)
			.with(TemporalAdjusters.nextOrSame(weekday));
	}

	private static DayOfWeek weekday(Matcher m) {
		return Words.weekday(m.group("weekday"));
	}

	// ---- times

	private Mention range(Matcher m) {
		String pre = m.group("pre");
		String to = m.group("to");
		String ampm1 = m.group("ampm1");
		String ampm2 = m.group("ampm2");
		boolean marked = pre != null || ampm1 != null || ampm2 != null || m.group("m1") != null
				|| m.group("m2") != null;
		if (!marked || ("and".equals(to) && !"between".equals(pre))) {
			return null;
		}
		int h1 = Integer.parseInt(m.group("h1"));
		int h2 = Integer.parseInt(m.group("h2"));
		if (h1 > 23 || h2 > 23) {
			return null;
		}
		int m1 = minutes(m.group("m1"));
		if (m1 > 59 || minutes(m.group("m2")) > 59) {
			return Mention.invalid(m.start(), m.end(), quote(m) + " is not a time: minutes run from 00 to 59.");
		}
		Written start;
		if (ampm1 != null) {
			start = ampm(h1, m1, ampm1);
			if (start == null) {
				return Mention.invalid(m.start(), m.end(), quote(m) + " is not a time of day.");
			}
		}
		else if (ampm2 != null && h1 <= 12 && h1 > 0) {
			int end12 = h2 % 12;
			boolean same = h1 % 12 <= end12;
			boolean pm = ampm2.equals("p") == same;
			start = Written.exact(h1 % 12 + (pm ? 12 : 0), m1);
		}
		else {
			start = written(m.group("h1"), m1);
		}
		return Mention.time(m.start(), m.end(), start);
	}

	private Mention withAmPm(Matcher m) {
		int hour = Integer.parseInt(m.group("h"));
		int minutes = minutes(m.group("m"));
		if (minutes > 59) {
			return Mention.invalid(m.start(), m.end(), quote(m) + " is not a time: minutes run from 00 to 59.");
		}
		Written written = ampm(hour, minutes, m.group("ampm"));
		if (written == null) {
			return Mention.invalid(m.start(), m.end(), quote(m) + " is not a time of day.");
		}
		return Mention.time(m.start(), m.end(), written);
	}

	/** An hour with am or pm; null when there is no such time ("0am", "13am", "25pm"). */
	private static Written ampm(int hour, int minutes, String ampm) {
		boolean pm = ampm.equals("p");
		if (hour == 0 || hour > 23 || (hour > 12 && !pm)) {
			return null;
		}
		if (hour > 12) {
			// "14:30pm": more than needed, but only one time
			return Written.exact(hour, minutes);
		}
		return Written.exact(hour % 12 + (pm ? 12 : 0), minutes);
	}

	private Mention colon(Matcher m) {
		String h = m.group("h");
		int hour = Integer.parseInt(h);
		int minutes = Integer.parseInt(m.group("m"));
		boolean colon = m.group("sep").equals(":");
		boolean timeLike = colon || m.group("pre") != null || h.length() == 2 && (hour >= 13 || h.startsWith("0"))
				|| afterDate(m.start());
		if (!timeLike) {
			// "4.10" alone is more often a paragraph or a price than a time
			return null;
		}
		if (hour > 23) {
			return colon
					? Mention.invalid(m.start(), m.end(), quote(m) + " is not a time of day: hours run from 00 to 23.")
					: null;
		}
		if (minutes > 59) {
			return colon || m.group("pre") != null
					? Mention.invalid(m.start(), m.end(), quote(m) + " is not a time: minutes run from 00 to 59.")
					: null;
		}
		return Mention.time(m.start(), m.end(), written(h, minutes));
	}

	/**
	 * Whether a date ends just before {@code start} ("Tuesday 10.30", "3 March, 2.30").
	 */
	private boolean afterDate(int start) {
		int i = start - 1;
		while (i >= 0 && (lower.charAt(i) == ' ' || lower.charAt(i) == ',')) {
			i--;
		}
		int end = i + 1;
		return end > 0 && mentions.stream()
			.anyMatch((mention) -> mention.kind() == Mention.Kind.DATE && mention.span().end() == end);
	}

	/**
	 * An hour as written with no am or pm: 24-hour when 13 to 23 or written with a
	 * leading zero ("07:30"), else bare.
	 */
	private static Written written(String hourDigits, int minutes) {
		int hour = Integer.parseInt(hourDigits);
		if (hour == 0 || hour >= 13 || hourDigits.length() == 2 && hourDigits.startsWith("0")) {
			return Written.exact(hour, minutes);
		}
		return Written.bare(hour, minutes);
	}

	private Mention pastTo(Matcher m) {
		String min = m.group("min").replace("minutes", "").strip();
		int minutes = Words.number(min.replace('-', ' '));
		if (minutes > 59 || (min.equals("half") && !m.group("dir").equals("past"))) {
			return null;
		}
		int hour = Words.number(m.group("h"));
		if (hour < 1 || hour > 12) {
			return null;
		}
		int delta = m.group("dir").equals("to") ? -minutes : minutes;
		return Mention.time(m.start(), m.end(), withOptionalAmPm(hour, delta, m.group("ampm")));
	}

	private Mention halfHour(Matcher m) {
		int hour = Words.number(m.group("h"));
		if (hour < 1 || hour > 12) {
			return null;
		}
		return Mention.time(m.start(), m.end(), withOptionalAmPm(hour, 30, m.group("ampm")));
	}

	private Mention hourWords(Matcher m) {
		if (m.group("at") == null && m.group("oclock") == null && m.group("ampm") == null) {
			return null;
		}
		int hour = Words.number(m.group("h"));
		String word = m.group("m");
		int minutes = 0;
		if (word != null) {
			minutes = word.startsWith("o") ? 5 : Words.number(word.replace('-', ' '));
		}
		return Mention.time(m.start(), m.end(), withOptionalAmPm(hour, minutes, m.group("ampm")));
	}

	private Mention bareHour(Matcher m) {
		String h = m.group("h");
		if (Integer.parseInt(h) > 23) {
			return null;
		}
		return Mention.time(m.start(), m.end(), written(h, 0));
	}

	private Mention looseHour(Matcher m) {
		String h = m.group("h");
		int minutes = minutes(m.group("m"));
		if (Integer.parseInt(h) > 23 || minutes > 59) {
			return null;
		}
		int start = m.start("h");
		return Mention.time(start, m.end(), written(h, minutes));
	}

	private static Written withOptionalAmPm(int hour, int minutes, String ampm) {
		if (ampm == null) {
			return Written.bare(hour, minutes);
		}
		return Written.exact(hour % 12 + (ampm.equals("p") ? 12 : 0), minutes);
	}

	private Mention part(Matcher m) {
		Part part = m.group("part").equals("morning") ? Part.MORNING : Part.AFTERNOON;
		if (m.group("this") != null) {
			return Mention.date(m.start(), m.end(), List.of(today), part);
		}
		return Mention.part(m.start(), m.end(), part);
	}

	private static int minutes(String digits) {
		return (digits != null) ? Integer.parseInt(digits) : 0;
	}

	/** The time as typed, without "at" or "from". */
	private String quote(Matcher m) {
		String typed = text.substring(m.start(), m.end());
		return LEADING_WORD.matcher(typed).replaceFirst("");
	}

}
