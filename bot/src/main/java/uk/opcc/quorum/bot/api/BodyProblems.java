package uk.opcc.quorum.bot.api;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Says what is wrong with a request body in a sentence: which field, what was sent, what
 * would do. A caller who misspells a section must hear about it, not have the text
 * silently dropped.
 */
final class BodyProblems {

	private BodyProblems() {
	}

	static String describe(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof UnrecognizedPropertyException unknown) {
				return unknownField(unknown);
			}
			if (cause instanceof InvalidFormatException invalid) {
				return "'" + invalid.getValue() + "' is not a valid " + field(invalid) + " (expected "
						+ expected(invalid.getTargetType()) + ").";
			}
			if (cause instanceof MismatchedInputException mismatched) {
				String field = field(mismatched);
				return mismatched.getTargetType() == null ? "The value of " + field + " has the wrong form."
						: "The value of " + field + " should be " + expected(mismatched.getTargetType()) + ".";
			}
			if (cause instanceof StreamReadException malformed && malformed.getLocation() != null) {
				return "The request body is not valid JSON (line " + malformed.getLocation().getLineNr() + ", column "
						+ malformed.getLocation().getColumnNr() + ").";
			}
		}
		return "The request body is not valid JSON of the expected shape.";
	}

	private static String unknownField(UnrecognizedPropertyException unknown) {
		String where = unknown.getPath().size() > 1
				? " in " + path(unknown.getPath().subList(0, unknown.getPath().size() - 1)) : "";
		Collection<Object> known = unknown.getKnownPropertyIds();
		return "Unknown field '" + unknown.getPropertyName() + "'" + where + "; nothing was changed."
				+ (known == null || known.isEmpty() ? "" : " Fields here are "
						+ known.stream().map(String::valueOf).sorted().collect(Collectors.joining(", ")) + ".");
	}

	private static String field(JacksonException ex) {
		return ex.getPath().isEmpty() ? "request body" : path(ex.getPath());
	}

	private static String path(List<JacksonException.Reference> path) {
		StringBuilder text = new StringBuilder();
		for (JacksonException.Reference step : path) {
			if (step.getPropertyName() != null) {
				text.append(text.isEmpty() ? "" : ".").append(step.getPropertyName());
			}
			else if (step.getIndex() >= 0) {
				text.append('[').append(step.getIndex()).append(']');
			}
		}
		return text.isEmpty() ? "request body" : text.toString();
	}

	/**
	 * What a value of this type looks like, for a sentence saying what would do; query
	 * parameters use it too.
	 */
	static String expected(Class<?> type) {
		if (type.isEnum()) {
			return "one of "
					+ Arrays.stream(type.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "));
		}
		if (type == OffsetDateTime.class || type == ZonedDateTime.class || type == java.time.Instant.class) {
			return "a date and time with its offset, like 2027-03-09T10:00:00Z";
		}
		if (type == LocalDate.class) {
			return "a date like 2027-03-09";
		}
		if (type == LocalTime.class) {
			return "a time like 10:00";
		}
		if (Temporal.class.isAssignableFrom(type)) {
			return "a date or time in ISO-8601 form";
		}
		if (type == Boolean.class || type == boolean.class) {
			return "true or false";
		}
		if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
			return "a number";
		}
		if (type == String.class) {
			return "text";
		}
		if (Collection.class.isAssignableFrom(type) || type.isArray()) {
			return "a list";
		}
		if (Map.class.isAssignableFrom(type) || type.isRecord()) {
			return "an object";
		}
		return "a " + type.getSimpleName();
	}

}
