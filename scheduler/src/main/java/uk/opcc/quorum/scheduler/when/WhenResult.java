package uk.opcc.quorum.scheduler.when;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * What {@link WhenParser} found in a message. Every sentence is written for the person
 * who typed the message and can be sent back as it is.
 */
public sealed interface WhenResult {

	/**
	 * Where in the message the slot was written: {@code start} inclusive, {@code end}
	 * exclusive, in the message as given (characters, as {@link String#substring}). When
	 * the date and the time are apart ("at 14:30 on the 5th of May") it runs from the
	 * first to the last.
	 */
	record Span(int start, int end) {

		public Span {
			if (start < 0 || end < start) {
				throw new IllegalArgumentException("Bad span " + start + ".." + end);
			}
		}

		/** The words of {@code text} this span covers. */
		public String of(String text) {
			return text.substring(start, end);
		}

		Span union(Span other) {
			return new Span(Math.min(start, other.start), Math.max(end, other.end));
		}

	}

	/** One reading of the message: a day (perhaps with a time) or a time with no day. */
	sealed interface Reading extends WhenResult permits Found, TimeOnly {

	}

	/**
	 * A day, and the time when one was given. Both are local to Europe/London; turn them
	 * into an instant with {@link LondonTime#of} (which reports a time the autumn clock
	 * change makes happen twice).
	 */
	record Found(LocalDate date, Optional<LocalTime> time, Span span) implements Reading {

		/** The slot in UK time; empty when no time was given. */
		public Optional<LondonTime> inLondon() {
			return time.map(t -> LondonTime.of(date, t));
		}

	}

	/**
	 * A time with no day ("at 10", "make it 3pm"): ask which day, or keep the day known.
	 */
	record TimeOnly(LocalTime time, Span span) implements Reading {

	}

	/**
	 * More than one reading, each possible: ask with {@code sentence}, which names them
	 * all, in the order of {@code options}.
	 */
	record Ambiguous(List<Reading> options, String sentence) implements WhenResult {

		public Ambiguous {
			options = List.copyOf(options);
		}

	}

	/** Written as a date or time that does not exist ("31st February", "25:00"). */
	record Invalid(String sentence, Span span) implements WhenResult {

	}

	/** A real day (and time) that has already gone. */
	record InThePast(LocalDate date, Optional<LocalTime> time, Span span, String sentence) implements WhenResult {

	}

	/** No day and no time in the message. */
	record NotFound() implements WhenResult {

	}

}
