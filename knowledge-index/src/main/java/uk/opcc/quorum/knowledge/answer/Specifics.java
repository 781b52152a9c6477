package uk.opcc.quorum.knowledge.answer;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.opcc.quorum.knowledge.ingest.Places;

/**
 * What a question pins down exactly: financial years, years, police areas (offices) and
 * document numbers. A passage that answers "the precept for 2022/23" with the 2021/22
 * figure, or "Suffolk's reserves" with Norfolk's, is a near miss stated as fact; so every
 * specific the question names must be met by the passage it is answered from.
 *
 * @param financialYears as {@code 2021/22}
 * @param years calendar years named on their own
 * @param places police areas, by their full name
 * @param documentNumbers as written, separators normalised to '/'
 * @param periods runs of years, as {@code 2016-2021}
 */
record Specifics(Set<String> financialYears, Set<String> years, Set<String> places, Set<String> documentNumbers,
		Set<String> periods) {

	/** 2021/22, 2021-22, 2021/2022, 2021-2022, 2021 to 2022, 21/22, FY21/22. */
	private static final Pattern FINANCIAL_YEAR = Pattern.compile(
			"(?<![\\d/-])(?:fy\\s?)?((?:19|20)?\\d{2})\\s?(?:/|-|–|to)\\s?((?:19|20)?\\d{2})(?![\\d/-])",
			Pattern.CASE_INSENSITIVE);

	/**
	 * 073/2013, 018-2020, 2023/52: a decision notice's number (told apart from a
	 * financial year by its parts).
	 */
	private static final Pattern DOCUMENT_NUMBER = Pattern.compile("(?<![\\d/-])(\\d{1,4})[/-](\\d{2,4})(?![\\d/-])");

	/** 31/3/25, 01/04/2021: a date in the British order, whose year is a specific. */
	private static final Pattern DATE = Pattern.compile("(?<![\\d/-])\\d{1,2}/\\d{1,2}/((?:19|20)?\\d{2})(?![\\d/-])");

	private static final Pattern YEAR = Pattern.compile("(?<![\\d/£$.,-])((?:19|20)\\d{2})(?![\\d/%-])");

	/**
	 * A question without its specifics: what it is about. Agreement on the specifics is
	 * judged on its own, so they do not count again in how much of the question a passage
	 * covers.
	 */
	static String topicOf(String question) {
		String lower = question.toLowerCase(Locale.ROOT);
		lower = DATE.matcher(lower).replaceAll(" ");
		lower = FINANCIAL_YEAR.matcher(lower).replaceAll(" ");
		lower = DOCUMENT_NUMBER.matcher(lower).replaceAll(" ");
		lower = YEAR.matcher(lower).replaceAll(" ");
		return Places.without(lower);
	}

	static Specifics of(String text) {
		String lower = text.toLowerCase(Locale.ROOT);
		Set<String> financialYears = new LinkedHashSet<>();
		Set<String> numbers = new LinkedHashSet<>();
		StringBuilder rest = new StringBuilder(lower);
		Set<String> years = new LinkedHashSet<>();
		Matcher date = DATE.matcher(lower);
		while (date.find()) {
			years.add(String.valueOf(fullYear(date.group(1))));
			blank(rest, date.start(), date.end());
		}
		Matcher fy = FINANCIAL_YEAR.matcher(rest);
		while (fy.find()) {
			Optional<String> year = financialYear(fy.group(1), fy.group(2));
			if (year.isPresent()) {
				financialYears.add(year.get());
				blank(rest, fy.start(), fy.end());
			}
		}
		Set<String> periods = new LinkedHashSet<>();
		Matcher number = DOCUMENT_NUMBER.matcher(rest);
		while (number.find()) {
			if (isPeriod(number.group(1), number.group(2))) {
				periods.add(number.group(1) + "-" + number.group(2));
			}
			else {
				numbers.add(Integer.parseInt(number.group(1)) + "/" + Integer.parseInt(number.group(2)));
			}
			blank(rest, number.start(), number.end());
		}
		Matcher year = YEAR.matcher(rest);
		while (year.find()) {
			years.add(year.group(1));
		}
		return new Specifics(financialYears, years, Places.in(rest.toString()), numbers, periods);
	}

	/** 2016-2021: two years in order, further apart than a financial year. */
	private static boolean isPeriod(String first, String second) {
		if (first.length() != 4 || second.length() != 4 || !first.matches("(19|20)\\d{2}")
				|| !second.matches("(19|20)\\d{2}")) {
			return false;
		}
		return Integer.parseInt(second) > Integer.parseInt(first) + 1;
	}

	/**
	 * These specifics with one more place: the office a passage's document comes from.
	 */
	Specifics withPlace(String place) {
		if (place.isEmpty() || places.contains(place)) {
			return this;
		}
		Set<String> more = new LinkedHashSet<>(places);
		more.add(place);
		return new Specifics(financialYears, years, more, documentNumbers, periods);
	}

	boolean isEmpty() {
		return financialYears.isEmpty() && years.isEmpty() && places.isEmpty() && documentNumbers.isEmpty()
				&& periods.isEmpty();
	}

	/**
	 * The first specific asked for that the passage does not meet, with what the passage
	 * gives instead (if it gives one of the same kind); empty when the passage meets them
	 * all.
	 */
	Optional<Disagreement> disagreement(Specifics passage) {
		for (String asked : financialYears) {
			if (!passage.financialYears.contains(asked)) {
				return Optional.of(new Disagreement(asked, passage.financialYears.stream().findFirst()));
			}
		}
		for (String asked : years) {
			boolean met = passage.years.contains(asked)
					|| passage.financialYears.stream().anyMatch(fy -> covers(fy, asked));
			if (!met) {
				return Optional.of(new Disagreement(asked, passage.years.stream().findFirst()));
			}
		}
		for (String asked : places) {
			if (!passage.places.contains(asked)) {
				return Optional.of(new Disagreement(asked, passage.places.stream().findFirst()));
			}
		}
		for (String asked : periods) {
			int from = Integer.parseInt(asked.substring(0, 4));
			int to = Integer.parseInt(asked.substring(5));
			// a passage about the period names a year within it ("since 2016")
			boolean met = passage.years.stream().mapToInt(Integer::parseInt).anyMatch(y -> y >= from && y <= to)
					|| passage.periods.contains(asked);
			if (!met) {
				return Optional.of(new Disagreement(asked, passage.years.stream().findFirst()));
			}
		}
		for (String asked : documentNumbers) {
			if (!passage.documentNumbers.contains(asked)) {
				return Optional.of(new Disagreement(asked, passage.documentNumbers.stream().findFirst()));
			}
		}
		return Optional.empty();
	}

	/**
	 * @param asked what the question named
	 * @param given what the passage names instead, of the same kind
	 */
	record Disagreement(String asked, Optional<String> given) {
	}

	private static boolean covers(String financialYear, String year) {
		int start = Integer.parseInt(financialYear.substring(0, 4));
		int asked = Integer.parseInt(year);
		return asked == start || asked == start + 1;
	}

	/** A pair of years one apart is a financial year; anything else is not. */
	private static Optional<String> financialYear(String first, String second) {
		int start = fullYear(first);
		int end = second.length() == 2 ? start / 100 * 100 + Integer.parseInt(second) : fullYear(second);
		if (end < start) {
			end += 100;
		}
		if (start < 1990 || start > 2099 || end != start + 1) {
			return Optional.empty();
		}
		return Optional.of(start + "/" + String.format(Locale.ROOT, "%02d", end % 100));
	}

	private static int fullYear(String digits) {
		return digits.length() == 2 ? 2000 + Integer.parseInt(digits) : Integer.parseInt(digits);
	}

	private static void blank(StringBuilder text, int start, int end) {
		for (int i = start; i < end; i++) {
			text.setCharAt(i, ' ');
		}
	}

}
