package uk.opcc.quorum.bot.meet;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import uk.opcc.quorum.bot.api.ApiProblem;
import uk.opcc.quorum.scheduler.when.LondonTime;

/**
 * A meeting's start or end as the REST API reads it: with an offset or Z
 * ({@code 2027-03-09T10:00:00Z}, {@code 2027-06-08T10:00+01:00}) it is that instant;
 * without one ({@code 2027-03-09T10:00}) it is UK time, as people write it. A UK time the
 * clocks skip (01:30 on the last Sunday in March) or pass twice (01:30 on the last Sunday
 * in October) is refused with {@link LondonTime}'s sentence.
 */
final class MeetingTimes {

	private static final DateTimeFormatter WITH_OFFSET = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

	private MeetingTimes() {
	}

	/**
	 * The time in {@code text}, or null when there is none; {@code field} names it in a
	 * refusal.
	 */
	static OffsetDateTime read(String field, String text) {
		if (text == null) {
			return null;
		}
		String value = text.strip();
		try {
			return OffsetDateTime.parse(value, WITH_OFFSET);
		}
		catch (DateTimeParseException withoutOffset) {
			// a UK time, or nothing readable
		}
		LocalDateTime local;
		try {
			local = LocalDateTime.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw ApiProblem.badRequest("'" + text + "' is not a valid " + field + " (expected a date and time like "
					+ "2027-03-09T10:00, read as UK time, or with its offset, like 2027-03-09T10:00:00Z).");
		}
		LondonTime placed = LondonTime.of(local.toLocalDate(), local.toLocalTime());
		if (placed instanceof LondonTime.Exact exact) {
			return exact.at().toOffsetDateTime();
		}
		if (placed instanceof LondonTime.Repeated twice) {
			throw ApiProblem.badRequest(
					twice.sentence() + " Send the " + field + " with its offset: " + twice.earlier().toOffsetDateTime()
							+ " for the first, " + twice.later().toOffsetDateTime() + " for the second.");
		}
		throw ApiProblem.badRequest(((LondonTime.Skipped) placed).sentence());
	}

}
