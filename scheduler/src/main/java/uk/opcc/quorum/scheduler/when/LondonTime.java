package uk.opcc.quorum.scheduler.when;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.Locale;

/**
 * A local date and time placed in UK time (Europe/London), with the two clock changes
 * spelt out: on the last Sunday in March the clocks go forward at 01:00 GMT, so 01:00 to
 * 01:59 does not exist that day ({@link Skipped}); on the last Sunday in October they go
 * back at 02:00 BST, so 01:00 to 01:59 happens twice ({@link Repeated}).
 */
public sealed interface LondonTime {

	/** Europe/London. */
	ZoneId ZONE = ZoneId.of("Europe/London");

	/** The usual case: the local time happens once. */
	record Exact(ZonedDateTime at) implements LondonTime {

	}

	/**
	 * The local time falls in the spring-forward hour; {@code sentence} says so, as an
	 * invalid time.
	 */
	record Skipped(LocalDateTime local, String sentence) implements LondonTime {

	}

	/**
	 * The local time falls in the autumn fall-back hour; {@code sentence} asks which of
	 * the two is meant.
	 */
	record Repeated(ZonedDateTime earlier, ZonedDateTime later, String sentence) implements LondonTime {

	}

	/** {@code date} at {@code time} in UK time. */
	static LondonTime of(LocalDate date, LocalTime time) {
		DateTimeFormatter hhmm = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
		DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
		LocalDateTime local = date.atTime(time);
		ZoneRules rules = ZONE.getRules();
		List<ZoneOffset> offsets = rules.getValidOffsets(local);
		if (offsets.size() == 1) {
			return new Exact(ZonedDateTime.of(local, ZONE));
		}
		ZoneOffsetTransition change = rules.getTransition(local);
		String when = time.format(hhmm) + " on " + date.format(day);
		String at = change.getDateTimeBefore().toLocalTime().format(hhmm);
		if (offsets.isEmpty()) {
			return new Skipped(local, when + " does not exist in UK time: clocks go forward at " + at + ".");
		}
		ZonedDateTime earlier = ZonedDateTime.ofLocal(local, ZONE, change.getOffsetBefore());
		ZonedDateTime later = ZonedDateTime.ofLocal(local, ZONE, change.getOffsetAfter());
		String first = time.format(hhmm) + " " + name(change.getOffsetBefore());
		String second = time.format(hhmm) + " " + name(change.getOffsetAfter());
		return new Repeated(earlier, later, when + " happens twice in UK time: clocks go back at " + at
				+ ". Do you mean " + first + " (the first) or " + second + " (an hour later)?");
	}

	private static String name(ZoneOffset offset) {
		if (offset.getTotalSeconds() == 0) {
			return "GMT";
		}
		return (offset.getTotalSeconds() == 3600) ? "BST" : "UTC" + offset.getId();
	}

}
