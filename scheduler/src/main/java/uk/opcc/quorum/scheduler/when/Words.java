package uk.opcc.quorum.scheduler.when;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;

/** The words the patterns are built from, and their values. Immutable. */
final class Words {

	static final Map<String, Month> MONTHS = Map.ofEntries(Map.entry("january", Month.JANUARY),
			Map.entry("jan", Month.JANUARY), Map.entry("february", Month.FEBRUARY), Map.entry("feb", Month.FEBRUARY),
			Map.entry("march", Month.MARCH), Map.entry("mar", Month.MARCH), Map.entry("april", Month.APRIL),
			Map.entry("apr", Month.APRIL), Map.entry("may", Month.MAY), Map.entry("june", Month.JUNE),
			Map.entry("jun", Month.JUNE), Map.entry("july", Month.JULY), Map.entry("jul", Month.JULY),
			Map.entry("august", Month.AUGUST), Map.entry("aug", Month.AUGUST), Map.entry("september", Month.SEPTEMBER),
			Map.entry("sept", Month.SEPTEMBER), Map.entry("sep", Month.SEPTEMBER), Map.entry("october", Month.OCTOBER),
			Map.entry("oct", Month.OCTOBER), Map.entry("november", Month.NOVEMBER), Map.entry("nov", Month.NOVEMBER),
			Map.entry("december", Month.DECEMBER), Map.entry("dec", Month.DECEMBER));

	static final Map<String, DayOfWeek> WEEKDAYS = Map.ofEntries(Map.entry("monday", DayOfWeek.MONDAY),
			Map.entry("mon", DayOfWeek.MONDAY), Map.entry("tuesday", DayOfWeek.TUESDAY),
			Map.entry("tues", DayOfWeek.TUESDAY), Map.entry("tue", DayOfWeek.TUESDAY),
			Map.entry("wednesday", DayOfWeek.WEDNESDAY), Map.entry("weds", DayOfWeek.WEDNESDAY),
			Map.entry("wed", DayOfWeek.WEDNESDAY), Map.entry("thursday", DayOfWeek.THURSDAY),
			Map.entry("thurs", DayOfWeek.THURSDAY), Map.entry("thur", DayOfWeek.THURSDAY),
			Map.entry("thu", DayOfWeek.THURSDAY), Map.entry("friday", DayOfWeek.FRIDAY),
			Map.entry("fri", DayOfWeek.FRIDAY), Map.entry("saturday", DayOfWeek.SATURDAY),
			Map.entry("sat", DayOfWeek.SATURDAY), Map.entry("sunday", DayOfWeek.SUNDAY),
			Map.entry("sun", DayOfWeek.SUNDAY));

	private static final Map<String, Integer> UNITS = Map.ofEntries(Map.entry("first", 1), Map.entry("second", 2),
			Map.entry("third", 3), Map.entry("fourth", 4), Map.entry("fifth", 5), Map.entry("sixth", 6),
			Map.entry("seventh", 7), Map.entry("eighth", 8), Map.entry("ninth", 9));

	private static final Map<String, Integer> ORDINALS = Map.ofEntries(Map.entry("tenth", 10),
			Map.entry("eleventh", 11), Map.entry("twelfth", 12), Map.entry("thirteenth", 13),
			Map.entry("fourteenth", 14), Map.entry("fifteenth", 15), Map.entry("sixteenth", 16),
			Map.entry("seventeenth", 17), Map.entry("eighteenth", 18), Map.entry("nineteenth", 19),
			Map.entry("twentieth", 20), Map.entry("thirtieth", 30));

	private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
			Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
			Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
			Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("fifteen", 15),
			Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("forty-five", 45),
			Map.entry("forty five", 45), Map.entry("twenty-five", 25), Map.entry("twenty five", 25),
			Map.entry("half", 30), Map.entry("quarter", 15), Map.entry("a quarter", 15), Map.entry("a couple of", 2),
			Map.entry("couple of", 2));

	/** A month's name or abbreviation, in group {@code month}. */
	static final String MONTH = "(?<month>january|february|march|april|may|june|july|august|september|october"
			+ "|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?(?![a-z])";

	/**
	 * A weekday's name or abbreviation, in group {@code weekday}; a full name also with
	 * the possessive written without its apostrophe ("tuesdays meeting").
	 */
	static final String WEEKDAY = "(?<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday"
			+ "|tues|tue|weds|wed|thurs|thur|thu|mon|fri|sat|sun)(?:(?<=day)s)?(?![a-z])";

	/**
	 * A day of the month as a word, "first" to "thirty-first", in group {@code dayword}.
	 */
	static final String DAY_WORD = "(?<dayword>(?:twenty|thirty)[- ]?(?:first|second|third|fourth|fifth|sixth"
			+ "|seventh|eighth|ninth)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh"
			+ "|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth"
			+ "|thirtieth)(?![a-z])";

	/** An hour as a word, "one" to "twelve". */
	static final String HOUR_WORD = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve";

	/** A small count, as a word or digits. */
	static final String COUNT = "a couple of|couple of|an|a|one|two|three|four|five|six|seven|eight|nine|ten"
			+ "|eleven|twelve|\\d{1,3}";

	/** "am" or "pm", written any usual way, with its letter in group {@code ampm}. */
	static final String AMPM = "(?<ampm>[ap])\\.?m(?![a-z])\\.?";

	private Words() {
	}

	static int dayWord(String word) {
		String w = word.replace("-", "").replace(" ", "");
		if (w.startsWith("twenty") && w.length() > "twenty".length() && !w.equals("twentieth")) {
			return 20 + UNITS.get(w.substring("twenty".length()));
		}
		if (w.startsWith("thirty") && w.length() > "thirty".length()) {
			return 30 + UNITS.get(w.substring("thirty".length()));
		}
		Integer unit = UNITS.get(w);
		return (unit != null) ? unit : ORDINALS.get(w);
	}

	/** A count written as digits or words ("two", "a", "a couple of"). */
	static int number(String word) {
		String w = word.strip().replaceAll("\\s+", " ");
		if (!w.isEmpty() && Character.isDigit(w.charAt(0))) {
			return Integer.parseInt(w);
		}
		return NUMBERS.get(w);
	}

	static Month month(String word) {
		return MONTHS.get(word.replace(".", ""));
	}

	static DayOfWeek weekday(String word) {
		return WEEKDAYS.get(word);
	}

	static String ordinal(int n) {
		int lastTwo = n % 100;
		if (lastTwo >= 11 && lastTwo <= 13) {
			return n + "th";
		}
		return switch (n % 10) {
			case 1 -> n + "st";
			case 2 -> n + "nd";
			case 3 -> n + "rd";
			default -> n + "th";
		};
	}

	static String name(Month month) {
		return month.getDisplayName(TextStyle.FULL, Locale.UK);
	}

	static String name(DayOfWeek day) {
		return day.getDisplayName(TextStyle.FULL, Locale.UK);
	}

}
