package uk.opcc.quorum.scheduler;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest(classes = SchedulerTestApplication.class)
class DocumentsIntegrationTests {

	@Autowired
	Meetings meetings;

	@Autowired
	Agendas agendas;

	@Autowired
	MinutesBook minutes;

	@Autowired
	Actions actions;

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

	private static Calendar parse(String ics) throws Exception {
		assertThat(ics).contains("\r\n").doesNotContain("\n\n");
		for (String line : ics.split("\r\n")) {
			assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
		}
		return new CalendarBuilder().build(new StringReader(ics));
	}

	private static Instant start(Calendar calendar) {
		VEvent event = (VEvent) calendar.getComponent("VEVENT").orElseThrow();
		return Instant.from(event.getDateTimeStart().getDate());
	}

	private static String property(Calendar calendar, String name) {
		VEvent event = (VEvent) calendar.getComponent("VEVENT").orElseThrow();
		return event.getProperty(name).map(Property::getValue).orElseThrow();
	}

	@Test
	void invitationsKeepTheirUidAndRaiseTheSequenceUntilCancelled() throws Exception {
		Meeting meeting = meetings.schedule(new MeetingRequest("SGB", OffsetDateTime.parse("2027-03-23T10:00:00Z"),
				OffsetDateTime.parse("2027-03-23T12:00:00Z"), "Room 3; second floor, by the lifts", null));
		Calendar request = parse(documents.invitation(meeting.id()));
		assertThat(request.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("REQUEST");
		assertThat(property(request, Property.UID)).isEqualTo(meeting.id() + "@quorum");
		assertThat(property(request, Property.SEQUENCE)).isEqualTo("0");
		assertThat(property(request, Property.LOCATION)).isEqualTo("Room 3; second floor, by the lifts");
		assertThat(start(request)).isEqualTo(Instant.parse("2027-03-23T10:00:00Z"));

		// Moved across the start of summer time (28 March): ten o'clock in London is now
		// nine in UTC.
		meetings.reschedule(meeting.id(),
				new MeetingRequest(null, OffsetDateTime.parse("2027-03-30T10:00:00+01:00"), null, null, null));
		Calendar moved = parse(documents.invitation(meeting.id()));
		assertThat(property(moved, Property.SEQUENCE)).isEqualTo("1");
		assertThat(start(moved)).isEqualTo(Instant.parse("2027-03-30T09:00:00Z"));
		assertThat(ZonedDateTime.ofInstant(start(moved), Meeting.LONDON).getHour()).isEqualTo(10);

		meetings.cancel(meeting.id());
		Calendar cancel = parse(documents.invitation(meeting.id()));
		assertThat(cancel.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("CANCEL");
		assertThat(property(cancel, Property.UID)).isEqualTo(meeting.id() + "@quorum");
		assertThat(property(cancel, Property.SEQUENCE)).isEqualTo("2");
		assertThat(property(cancel, Property.STATUS)).isEqualTo("CANCELLED");
		assertThat(((VEvent) cancel.getComponent("VEVENT").orElseThrow()).getProperties(Property.ATTENDEE)).hasSize(4);
	}

	@Test
	void agendaPackListsItemsInOrderWithOwnersAndPapers() throws Exception {
		Meeting meeting = meetings.schedule(new MeetingRequest("SGB", OffsetDateTime.parse("2027-02-02T10:00:00Z"),
				OffsetDateTime.parse("2027-02-02T12:00:00Z"), null, null));
		agendas.addItem(meeting.id(),
				new ItemRequest("Victims' services contract", "cfo@opcc.test",
						"https://opcc.example.org/papers/victims.pdf", AgendaItem.Purpose.DECISION, false),
				"cfo@opcc.test", false);

		String markdown = documents.agendaMarkdown(meeting.id());
		assertThat(markdown).contains("# Strategic Governance Board: agenda")
			.contains("Tuesday 2 February 2027, 10:00 to 12:00")
			.contains("Papers due by:** Tuesday 26 January 2027")
			.contains(
					"5. **Victims' services contract** (For decision; Finance Officer) Paper: https://opcc.example.org/papers/victims.pdf")
			.contains("6. **Any other business**");
		try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(documents.agendaDocx(meeting.id())));
				XWPFWordExtractor text = new XWPFWordExtractor(docx)) {
			assertThat(text.getText()).contains("Strategic Governance Board: agenda")
				.contains(
						"5. Victims' services contract (For decision; Finance Officer; paper: https://opcc.example.org/papers/victims.pdf)");
		}
	}

	@Test
	void publicPageShowsApprovedMinutesButNeverExemptItems() {
		Meeting first = meetings.schedule(new MeetingRequest("PAF", OffsetDateTime.parse("2027-01-28T14:00:00Z"),
				OffsetDateTime.parse("2027-01-28T16:00:00Z"), null, null));
		Meeting second = meetings.schedule(new MeetingRequest("PAF", OffsetDateTime.parse("2027-02-25T14:00:00Z"),
				OffsetDateTime.parse("2027-02-25T16:00:00Z"), null, null));
		AgendaItem open = agendas.addItem(
				first.id(), new ItemRequest("Response times", "cc@force.test",
						"https://opcc.example.org/paf/response.pdf", AgendaItem.Purpose.DISCUSSION, false),
				"paf.sec@opcc.test", false);
		AgendaItem exempt = agendas.addItem(first.id(), new ItemRequest("Covert tactics review", "cc@force.test",
				"restricted-paper.docx", AgendaItem.Purpose.INFORMATION, true), "paf.sec@opcc.test", false);
		clock.set("2027-01-28T15:00:00Z");
		minutes.record(first.id(),
				new MinutesRequest(List.of("Commissioner", "Chief Constable"), List.of(), List.of(),
						List.of(new Minutes.ItemMinutes(open.id(), "Urban response times improved.", List.of()),
								new Minutes.ItemMinutes(exempt.id(), "Surveillance capacity discussed.", List.of()))),
				"paf.sec@opcc.test");

		PublicMeeting draft = documents.publicMeeting("PAF", first.id());
		assertThat(draft.agenda()).extracting(PublicMeeting.Item::title).contains("Response times");
		assertThat(draft.agenda()).filteredOn(PublicMeeting.Item::paperLinked)
			.extracting(PublicMeeting.Item::paper)
			.containsExactly("https://opcc.example.org/paf/response.pdf");
		assertThat(draft.agenda()).filteredOn(PublicMeeting.Item::exempt)
			.containsExactly(new PublicMeeting.Item(null, true, null));
		assertThat(draft.minutes()).isNull();
		// Whatever a page is built from carries nothing of the exempt item or the draft
		// minutes.
		assertThat(draft.toString()).doesNotContain("Covert")
			.doesNotContain("restricted-paper")
			.doesNotContain("Urban response times improved");
		assertThat(documents.minutesMarkdown(first.id())).contains("Surveillance capacity discussed.")
			.contains("Draft, for approval at the next meeting");

		clock.set("2027-02-25T14:05:00Z");
		minutes.approve(first.id(), second.id(), "paf.sec@opcc.test");
		PublicMeeting published = documents.publicMeeting("PAF", first.id());
		assertThat(published.minutes().present()).containsExactly("Commissioner", "Chief Constable");
		assertThat(published.minutes().approved()).isEqualTo("2027-02-25");
		assertThat(published.minutes().items()).containsExactly(
				new PublicMeeting.ItemMinutes("Response times", "Urban response times improved.", List.of()));
		assertThat(published.toString()).doesNotContain("Surveillance").doesNotContain("Covert");
		assertThat(documents.publicMeetings("PAF")).extracting(PublicMeeting::id)
			.containsExactly(first.id(), second.id());
		assertThat(documents.publicBoards()).extracting(Board::code).containsExactly("PAF");
	}

	@Test
	void privateBoardsHaveNoPublicPage() {
		Meeting meeting = meetings.schedule(new MeetingRequest("SGB", OffsetDateTime.parse("2027-02-02T10:00:00Z"),
				OffsetDateTime.parse("2027-02-02T12:00:00Z"), null, null));

		assertThatThrownBy(() -> documents.publicMeeting("SGB", meeting.id()))
			.hasMessage("There is no public board SGB.");
		assertThatThrownBy(() -> documents.publicMeeting("PAF", meeting.id()))
			.hasMessage("There is no such PAF meeting.");
		assertThatThrownBy(() -> documents.minutesDocx(meeting.id())).hasMessageContaining("No minutes are recorded");
	}

}
