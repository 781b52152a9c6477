package uk.opcc.quorum.scheduler.calendar;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Graph's dateTime strings ({@code 2027-01-04T09:00:00.0000000}, UTC because every call
 * asks for it) as instants. A year's getSchedule answers hold thousands of them, and
 * {@link LocalDateTime#parse} spends far longer on each than reading the digits where
 * Graph always puts them; anything not in that shape is left to it, so what is accepted
 * and what is refused stay the same.
 */
final class GraphTimes {

	private GraphTimes() {
	}

	static Instant instant(String text) {
		String seconds = text.length() > 19 ? text.substring(0, 19) : text;
		LocalDateTime time = fixedShape(seconds) ? digits(seconds) : null;
		return (time != null ? time : LocalDateTime.parse(seconds)).toInstant(ZoneOffset.UTC);
	}

	/** {@code uuuu-MM-ddTHH:mm:ss}, digits and separators where ISO puts them. */
	private static boolean fixedShape(String text) {
		if (text.length() != 19) {
			return false;
		}
		for (int i = 0; i < 19; i++) {
			char c = text.charAt(i);
			char expected = switch (i) {
				case 4, 7 -> '-';
				case 10 -> 'T';
				case 13, 16 -> ':';
				default -> '0';
			};
			if (expected == '0' ? c < '0' || c > '9' : c != expected) {
				return false;
			}
		}
		return true;
	}

	/** Null when the digits name no such time (a 30 February): the parser says why. */
	private static LocalDateTime digits(String text) {
		try {
			return LocalDateTime.of(number(text, 0, 4), number(text, 5, 7), number(text, 8, 10), number(text, 11, 13),
					number(text, 14, 16), number(text, 17, 19));
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	private static int number(String text, int from, int to) {
		int value = 0;
		for (int i = from; i < to; i++) {
			value = value * 10 + (text.charAt(i) - '0');
		}
		return value;
	}

}
