package uk.opcc.quorum.scheduler;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.DateProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import uk.opcc.quorum.scheduler.calendar.Invitation;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of .ics Quorum hands out (the invitation, the update after a move, the
 * cancellation, and the PUBLISH of a board with nobody to invite) passes ical4j's RFC
 * 5545 and RFC 5546 validation, and says who organises it, who is asked to reply and
 * which revision it is. Broken samples show the same validator refusing what a calendar
 * would mishandle.
 */
@SpringBootTest(classes = SchedulerTestApplication.class)
class ICalendarValidationTests {

	private static final Instant STAMP = Instant.parse("2027-01-04T09:00:00Z");

	@Autowired
	Meetings meetings;

	@Autowired
	Agendas agendas;

	@Autowired
	MeetingDocuments documents;

	@Autowired
	TestClock clock;

	@Autowired
	CleanSlate slate;

	@BeforeEach
	void reset() {
		slate.reset();
	}

	@Test
	void anInvitationIsARequestWithAnOrganizerAndAttendeesAskedToReply() {
		Meeting meeting = scheduleSgb();

		String ics = documents.invitation(meeting.id());
		Calendar request = ICalendarValidator.assertValid(ics);

		assertThat(method(request)).isEqualTo("REQUEST");
		assertThat(value(request, Property.UID)).isEqualTo(meeting.id() + "@quorum");
		assertThat(value(request, Property.SEQUENCE)).isEqualTo("0");
		assertThat(value(request, Property.STATUS)).isEqualTo("CONFIRMED");
		// No organizer is configured for the tests: the board's secretary organises.
		assertThat(ics).contains("ORGANIZER;CN=\"Secretary\":mailto:sec@opcc.test\r\n");
		assertThat(value(request, Property.ORGANIZER)).isEqualTo("mailto:sec@opcc.test");
		assertEveryMemberIsAskedToReply(request);
		assertThat(unfolded(ics)).contains(
				"ATTENDEE;CUTYPE=INDIVIDUAL;CN=\"Commissioner\";ROLE=CHAIR;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:pcc@opcc.test");
		assertTimesAreUtc(request);
		assertThat(value(request, Property.DTSTAMP)).isEqualTo("20270104T090000Z");
	}

	@Test
	void anUpdateKeepsTheUidAndRaisesTheSequence() {
		Meeting meeting = scheduleSgb();

		meetings.reschedule(meeting.id(),
				new MeetingRequest(null, OffsetDateTime.parse("2027-02-09T10:00:00Z"), null, "Room 2", null));
		String ics = documents.invitation(meeting.id());
		Calendar update = ICalendarValidator.assertValid(ics);

		assertThat(method(update)).isEqualTo("REQUEST");
		assertThat(value(update, Property.UID)).isEqualTo(meeting.id() + "@quorum");
		assertThat(value(update, Property.SEQUENCE)).isEqualTo("1");
		assertThat(value(update, Property.LOCATION)).isEqualTo("Room 2");
		assertThat(value(update, Property.ORGANIZER)).isEqualTo("mailto:sec@opcc.test");
		assertEveryMemberIsAskedToReply(update);
		assertTimesAreUtc(update);
	}

	@Test
	void aCancellationCarriesTheSameUidAHigherSequenceAndCancelledStatus() {
		Meeting meeting = scheduleSgb();
		meetings.reschedule(meeting.id(),
				new MeetingRequest(null, OffsetDateTime.parse("2027-02-09T10:00:00Z"), null, null, null));
		int lastRequest = Integer
			.parseInt(value(ICalendarValidator.assertValid(documents.invitation(meeting.id())), Property.SEQUENCE));

		meetings.cancel(meeting.id());
		String ics = documents.invitation(meeting.id());
		Calendar cancel = ICalendarValidator.assertValid(ics);

		assertThat(method(cancel)).isEqualTo("CANCEL");
		assertThat(value(cancel, Property.UID)).isEqualTo(meeting.id() + "@quorum");
		assertThat(Integer.parseInt(value(cancel, Property.SEQUENCE))).isGreaterThan(lastRequest);
		assertThat(value(cancel, Property.STATUS)).isEqualTo("CANCELLED");
		assertThat(value(cancel, Property.ORGANIZER)).isEqualTo("mailto:sec@opcc.test");
		// RFC 5546: cancelling the whole meeting names everyone it was sent to.
		assertEveryMemberIsAskedToReply(cancel);
		assertTimesAreUtc(cancel);
	}

	@Test
	void theSequenceStaysPutUntilTheMeetingItselfChanges() {
		Meeting meeting = scheduleSgb();
		Calendar first = ICalendarValidator.assertValid(documents.invitation(meeting.id()));

		clock.advance(Duration.ofHours(2));
		agendas.addItem(meeting.id(),
				new ItemRequest("Estates strategy", "cfo@opcc.test", null, AgendaItem.Purpose.DECISION, false),
				"cfo@opcc.test", false);
		Meeting same = meetings.reschedule(meeting.id(),
				new MeetingRequest(null, meeting.localStart().toOffsetDateTime(), null, meeting.location(), null));
		Calendar again = ICalendarValidator.assertValid(documents.invitation(meeting.id()));

		assertThat(same.sequence()).isZero();
		assertThat(value(again, Property.SEQUENCE)).isEqualTo(value(first, Property.SEQUENCE)).isEqualTo("0");
		assertThat(value(again, Property.UID)).isEqualTo(value(first, Property.UID));
		// Only the moment the file was made moves.
		assertThat(value(again, Property.DTSTAMP)).isNotEqualTo(value(first, Property.DTSTAMP));
	}

	@Test
	void aBoardWithNobodyToInviteGetsAPublishWithoutAttendees() {
		Board board = new Board("EF", "Estates Forum", false,
				List.of(new Member("obj-1", "Chair", null, Member.Role.CHAIR),
						new Member("obj-2", "Clerk", " ", Member.Role.SECRETARY)),
				"FREQ=MONTHLY;BYDAY=1MO", LocalTime.of(10, 0), Duration.ofHours(2), "Room 1", false, 5, null, null);
		Meeting meeting = meeting(board, Meeting.Status.SCHEDULED, 0, "Room 1");

		String ics = Invitation.of(meeting, board, null, "quorum@opcc.test", STAMP);
		Calendar publish = ICalendarValidator.assertValid(ics);

		assertThat(method(publish)).isEqualTo("PUBLISH");
		assertThat(value(publish, Property.ORGANIZER)).isEqualTo("mailto:quorum@opcc.test");
		assertThat(event(publish).getProperties(Property.ATTENDEE)).isEmpty();
		assertTimesAreUtc(publish);

		Calendar cancel = ICalendarValidator.assertValid(Invitation
			.of(meeting(board, Meeting.Status.CANCELLED, 1, "Room 1"), board, null, "quorum@opcc.test", STAMP));
		assertThat(method(cancel)).isEqualTo("CANCEL");
		assertThat(value(cancel, Property.UID)).isEqualTo(value(publish, Property.UID));
		assertThat(value(cancel, Property.SEQUENCE)).isEqualTo("1");
	}

	@Test
	void theOrganizerIsTheConfiguredMailboxThenTheSecretaryThenTheDefault() {
		Board withSecretary = board(new Member("sec@opcc.test", "Board Secretary", null, Member.Role.SECRETARY));
		Board withoutSecretary = board(new Member("officer@opcc.test", "Officer", null, Member.Role.OFFICER));
		Meeting meeting = meeting(withSecretary, Meeting.Status.SCHEDULED, 0, null);

		Calendar configured = ICalendarValidator
			.assertValid(Invitation.of(meeting, withSecretary, "governance@opcc.test", "quorum@localhost", STAMP));
		Calendar secretary = ICalendarValidator
			.assertValid(Invitation.of(meeting, withSecretary, " ", "quorum@localhost", STAMP));
		Calendar fallback = ICalendarValidator
			.assertValid(Invitation.of(meeting, withoutSecretary, null, "quorum@localhost", STAMP));

		assertThat(value(configured, Property.ORGANIZER)).isEqualTo("mailto:governance@opcc.test");
		assertThat(value(secretary, Property.ORGANIZER)).isEqualTo("mailto:sec@opcc.test");
		assertThat(event(secretary).getProperty(Property.ORGANIZER).orElseThrow().getParameter(Parameter.CN))
			.map(Parameter::getValue)
			.contains("Board Secretary");
		assertThat(value(fallback, Property.ORGANIZER)).isEqualTo("mailto:quorum@localhost");
		assertThat(method(fallback)).isEqualTo("REQUEST");
	}

	@Test
	void longAndAwkwardTextIsFoldedAndEscapedWithoutLosingACharacter() {
		String location = "Committee Room 🏛 \"B\"; second floor, by the lifts\n" + "🏛".repeat(40) + " ½ é";
		Board board = board(new Member("a.very.long.address.for.a.member@police-and-crime-commissioner.example.org",
				"Dr \"Sam\" O'Neill, Independent Member", null, Member.Role.MEMBER));
		Meeting meeting = meeting(board, Meeting.Status.SCHEDULED, 3, location);

		String ics = Invitation.of(meeting, board, null, "quorum@localhost", STAMP);
		Calendar calendar = ICalendarValidator.assertValid(ics);

		assertThat(value(calendar, Property.LOCATION)).isEqualTo(location);
		assertThat(attendees(calendar)).singleElement()
			.satisfies(a -> assertThat(a.getCalAddress())
				.hasToString("mailto:a.very.long.address.for.a.member@police-and-crime-commissioner.example.org"));
	}

	@Test
	void theValidatorRefusesBrokenSamples() {
		Meeting meeting = scheduleSgb();
		String request = documents.invitation(meeting.id());
		meetings.cancel(meeting.id());
		String cancel = documents.invitation(meeting.id());
		// The samples are broken copies of these two, which pass.
		assertThat(ICalendarValidator.check(request).valid()).isTrue();
		assertThat(ICalendarValidator.check(cancel).valid()).isTrue();

		assertRefused(without(request, "ORGANIZER"), "ORGANIZER");
		assertRefused(without(request, "ATTENDEE"), "ATTENDEE");
		assertRefused(without(cancel, "SEQUENCE"), "SEQUENCE");
		assertRefused(without(cancel, "ORGANIZER"), "ORGANIZER");
		assertRefused(cancel.replace("STATUS:CANCELLED", "STATUS:CONFIRMED"), "STATUS:CANCELLED");
		assertRefused(without(request, "METHOD"), "METHOD");
		assertRefused(request.replaceFirst("DTSTART:(\\d{8}T\\d{6})Z", "DTSTART:$1"), "DTSTART");
		assertRefused(request.replace("\r\n ", ""), "octets");
		assertRefused(request.replace("\r\n", "\n"), "CRLF");
	}

	private Meeting scheduleSgb() {
		return meetings.schedule(new MeetingRequest("SGB", OffsetDateTime.parse("2027-02-02T10:00:00Z"),
				OffsetDateTime.parse("2027-02-02T12:00:00Z"), null, null));
	}

	private static void assertRefused(String ics, String because) {
		ICalendarValidator.Report report = ICalendarValidator.check(ics);
		assertThat(report.valid()).as("accepted%n%s", ics).isFalse();
		assertThat(report.problems()).as("problems").anyMatch(p -> p.contains(because));
	}

	/** Drops every content line of this property, with its folded continuation. */
	private static String without(String ics, String property) {
		String pruned = ics.replaceAll("(?m)^" + property + "[;:][^\r\n]*\r\n( [^\r\n]*\r\n)*", "");
		assertThat(pruned).isNotEqualTo(ics);
		return pruned;
	}

	private static Board board(Member... members) {
		return new Board("SGB", "Strategic Governance Board", false, List.of(members), "FREQ=MONTHLY;BYDAY=1MO",
				LocalTime.of(10, 0), Duration.ofHours(2), null, true, 5, null, null);
	}

	private static Meeting meeting(Board board, Meeting.Status status, int sequence, String location) {
		return new Meeting("m-1", board.code(), Instant.parse("2027-03-01T10:00:00Z"),
				Instant.parse("2027-03-01T12:00:00Z"), location, false, status, LocalDate.of(2027, 2, 22), sequence,
				null, null, List.of(), null, 0);
	}

	private static void assertEveryMemberIsAskedToReply(Calendar calendar) {
		List<Attendee> attendees = attendees(calendar);
		assertThat(attendees).extracting(a -> a.getCalAddress().toString())
			.containsExactlyInAnyOrder("mailto:pcc@opcc.test", "mailto:sec@opcc.test", "mailto:cfo@opcc.test",
					"mailto:cc@force.test");
		assertThat(attendees).allSatisfy(a -> {
			assertThat(parameter(a, Parameter.ROLE)).isIn("CHAIR", "REQ-PARTICIPANT");
			assertThat(parameter(a, Parameter.PARTSTAT)).isEqualTo("NEEDS-ACTION");
			assertThat(parameter(a, Parameter.RSVP)).isEqualTo("TRUE");
		});
	}

	/**
	 * Every date-time is UTC, so the file needs no VTIMEZONE (and has none to go stale).
	 */
	private static void assertTimesAreUtc(Calendar calendar) {
		assertThat(calendar.getComponents(Component.VTIMEZONE)).isEmpty();
		for (String name : List.of(Property.DTSTAMP, Property.DTSTART, Property.DTEND)) {
			DateProperty<?> date = event(calendar).<DateProperty<?>>getProperty(name).orElseThrow();
			assertThat(date.isUtc()).as(name + " in UTC").isTrue();
		}
	}

	private static String parameter(Property property, String name) {
		return property.getParameter(name).map(Parameter::getValue).orElse(null);
	}

	private static List<Attendee> attendees(Calendar calendar) {
		return event(calendar).getProperties(Property.ATTENDEE);
	}

	private static VEvent event(Calendar calendar) {
		return calendar.<VEvent>getComponent(Component.VEVENT).orElseThrow();
	}

	private static String method(Calendar calendar) {
		return calendar.getProperty(Property.METHOD).map(Property::getValue).orElseThrow();
	}

	private static String value(Calendar calendar, String name) {
		return event(calendar).getProperty(name).map(Property::getValue).orElseThrow();
	}

	private static String unfolded(String ics) {
		return ics.replace("\r\n ", "");
	}

}
