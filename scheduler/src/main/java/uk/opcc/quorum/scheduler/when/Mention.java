package uk.opcc.quorum.scheduler.when;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import uk.opcc.quorum.scheduler.when.WhenResult.Span;

/**
 * One piece of a slot found in a message: a day (one or two possible dates), a clock
 * time, a part of the day ("in the afternoon"), or something written as a date or time
 * that cannot be one.
 *
 * @param kind what it is
 * @param span where it is
 * @param dates the possible days, for {@link Kind#DATE}; two when genuinely ambiguous
 * @param written the time as written, for {@link Kind#TIME}
 * @param part the part of the day it names, or null
 * @param invalid why it cannot be a date or time, for {@link Kind#INVALID}
 */
record Mention(Kind kind, Span span, List<LocalDate> dates, Written written, Part part, String invalid) {

	enum Kind {

		DATE, TIME, PART, INVALID

	}

	/** Morning, or afternoon and evening (which both make a bare hour pm). */
	enum Part {

		MORNING, AFTERNOON

	}

	static Mention date(int start, int end, List<LocalDate> dates, Part part) {
		return new Mention(Kind.DATE, new Span(start, end), List.copyOf(dates), null, part, null);
	}

	static Mention date(int start, int end, LocalDate date) {
		return date(start, end, List.of(date), null);
	}

	static Mention time(int start, int end, Written written) {
		return new Mention(Kind.TIME, new Span(start, end), List.of(), written, null, null);
	}

	static Mention part(int start, int end, Part part) {
		return new Mention(Kind.PART, new Span(start, end), List.of(), null, part, null);
	}

	static Mention invalid(int start, int end, String sentence) {
		return new Mention(Kind.INVALID, new Span(start, end), List.of(), null, null, sentence);
	}

	/**
	 * A time as written: {@code hour} on the clock, then {@code minutes} added (negative
	 * for "quarter to"). A bare hour (no am/pm, no 24-hour form) follows the office-hours
	 * rule in {@link WhenParser}.
	 */
	record Written(int hour, int minutes, boolean bare) {

		static Written exact(int hour, int minutes) {
			return new Written(hour, minutes, false);
		}

		static Written bare(int hour, int minutes) {
			return new Written(hour, minutes, true);
		}

		/** The times this can be, earliest first, given the part of the day (or null). */
		List<LocalTime> readings(Part part) {
			List<LocalTime> times = new ArrayList<>(2);
			for (int h : bare ? hours(hour, part) : new int[] { hour }) {
				times.add(LocalTime.of(h, 0).plusMinutes(minutes));
			}
			return times;
		}

		private static int[] hours(int hour, Part part) {
			if (hour == 0 || hour >= 13) {
				return new int[] { hour };
			}
			if (part == Part.MORNING) {
				return new int[] { hour };
			}
			if (part == Part.AFTERNOON) {
				return new int[] { (hour == 12) ? 12 : hour + 12 };
			}
			if (hour == 12 || hour >= 8) {
				return new int[] { hour };
			}
			if (hour <= 6) {
				return new int[] { hour + 12 };
			}
			return new int[] { 7, 19 };
		}

	}

}
