package uk.opcc.quorum.scheduler;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.util.CompatibilityHints;
import net.fortuna.ical4j.validate.ValidationEntry;
import net.fortuna.ical4j.validate.ValidationException;
import net.fortuna.ical4j.validate.ValidationResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Judges an .ics text as a strict calendar would. ical4j parses it and applies its RFC
 * 5545 rules to the calendar, to every component and to their properties, and its RFC
 * 5546 (iTIP) rules for the METHOD (a REQUEST needs an ORGANIZER and an ATTENDEE, a
 * CANCEL a SEQUENCE, a PUBLISH no ATTENDEE...). On top comes what ical4j leaves
 * unchecked: CRLF line ends and lines of at most 75 octets (RFC 5545 3.1), a METHOD on
 * everything Quorum sends, date-times in UTC or in a time zone the file defines, and
 * STATUS:CANCELLED on a CANCEL of a whole event (RFC 5546 3.2.5).
 */
final class ICalendarValidator {

	private ICalendarValidator() {
	}

	/**
	 * What was found: the parsed calendar (null when it did not parse) and every problem.
	 */
	record Report(Calendar calendar, List<String> problems) {

		boolean valid() {
			return problems.isEmpty();
		}

	}

	static Report check(String ics) {
		List<String> problems = new ArrayList<>();
		if (CompatibilityHints.isHintEnabled(CompatibilityHints.KEY_RELAXED_VALIDATION)) {
			// Relaxed, ical4j only warns of broken iTIP rules, and this would pass them.
			problems.add("ical4j is in relaxed validation mode; nothing would be checked strictly");
		}
		lines(ics, problems);
		Calendar calendar;
		try {
			// Parsed from the octets a calendar receives, so a character broken in two
			// by folding shows as the damage it does.
			calendar = new CalendarBuilder().build(new ByteArrayInputStream(utf8(ics, problems)));
		}
		catch (IOException | ParserException | RuntimeException ex) {
			problems.add("does not parse: " + ex.getMessage());
			return new Report(null, List.copyOf(problems));
		}
		try {
			// The VCALENDAR's own rules and, with a METHOD, ical4j's ITIPValidator; then
			// what Calendar.validate() does for properties and components, except that
			// each component gets its RFC 5545 rules as well as its iTIP ones (with a
			// METHOD, Calendar.validate() applies only the iTIP ones) and its findings
			// name the METHOD (ical4j labels them VALARM).
			errors(calendar.validate(false), null, problems);
			for (Property property : calendar.getProperties()) {
				errors(property.validate(), null, problems);
			}
			Optional<Method> method = calendar.getProperty(Property.METHOD);
			for (CalendarComponent component : calendar.getComponents()) {
				errors(component.validate(), null, problems);
				if (method.isPresent()) {
					errors(component.validate(method.get()),
							component.getName() + " under METHOD:" + method.get().getValue(), problems);
				}
			}
		}
		catch (ValidationException ex) {
			problems.add(ex.getMessage());
		}
		quorumRules(calendar, problems);
		return new Report(calendar, List.copyOf(problems));
	}

	/** Fails the test with every problem found; answers the parsed calendar. */
	static Calendar assertValid(String ics) {
		Report report = check(ics);
		assertThat(report.problems()).as("problems in%n%s", ics).isEmpty();
		return report.calendar();
	}

	private static void lines(String ics, List<String> problems) {
		if (!ics.endsWith("\r\n")) {
			problems.add("the last line does not end with CRLF");
		}
		String[] lines = ics.split("\r\n");
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i];
			if (line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0) {
				problems.add("line " + (i + 1) + " ends without CRLF");
			}
			int octets = line.getBytes(StandardCharsets.UTF_8).length;
			if (octets > 75) {
				problems.add("line " + (i + 1) + " is " + octets + " octets long (at most 75): " + line);
			}
		}
	}

	private static byte[] utf8(String ics, List<String> problems) {
		try {
			ByteBuffer octets = StandardCharsets.UTF_8.newEncoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.encode(CharBuffer.wrap(ics));
			byte[] bytes = new byte[octets.remaining()];
			octets.get(bytes);
			return bytes;
		}
		catch (CharacterCodingException ex) {
			problems.add("not UTF-8 text (a character split in two?): " + ex);
			return ics.getBytes(StandardCharsets.UTF_8);
		}
	}

	private static void errors(ValidationResult result, String context, List<String> problems) {
		result.getEntries()
			.stream()
			.filter(e -> e.getSeverity() == ValidationEntry.Severity.ERROR)
			.forEach(e -> problems.add((context != null ? context : e.getContext()) + ": " + e.getMessage()));
	}

	private static void quorumRules(Calendar calendar, List<String> problems) {
		Optional<Method> method = calendar.getProperty(Property.METHOD);
		if (method.isEmpty()) {
			problems.add("no METHOD: a calendar cannot tell an invitation from a copy");
		}
		List<String> zones = calendar.getComponents(Component.VTIMEZONE)
			.stream()
			.map(z -> ((VTimeZone) z).getTimeZoneId().getValue())
			.toList();
		for (CalendarComponent component : calendar.getComponents()) {
			if (component instanceof VTimeZone) {
				continue;
			}
			for (Property property : component.getProperties()) {
				if (property instanceof DateProperty<?> date && !date.isUtc()
						&& !date.getParameter(Parameter.VALUE).map(v -> v.getValue().equals("DATE")).orElse(false)) {
					Optional<String> zone = date.getParameter(Parameter.TZID).map(Parameter::getValue);
					if (zone.isEmpty() || !zones.contains(zone.get())) {
						problems.add(component.getName() + " " + property.getName() + " is neither UTC nor in a "
								+ "VTIMEZONE of the file: " + property);
					}
				}
			}
			boolean cancel = method.map(m -> m.getValue().equals("CANCEL")).orElse(false);
			boolean wholeEvent = component.getProperty(Property.RECURRENCE_ID).isEmpty();
			String status = component.getProperty(Property.STATUS).map(Property::getValue).orElse("");
			if (cancel && wholeEvent && !status.equals("CANCELLED")) {
				problems.add(component.getName() + " cancels the whole event without STATUS:CANCELLED");
			}
		}
	}

}
