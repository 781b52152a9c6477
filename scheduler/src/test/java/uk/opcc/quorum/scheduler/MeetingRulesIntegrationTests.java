package uk.opcc.quorum.scheduler;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every bad request gets a sentence saying what is wrong, and changes nothing. */
@SpringBootTest(classes = SchedulerTestApplication.class)
class MeetingRulesIntegrationTests {

	@Autowired
	Meetings meetings;

	@Autowired
	Agendas agendas;

	@Autowired
	MinutesBook minutes;

	@Autowired
	Actions actions;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	TestClock clock;

	@Autowired
	CleanSlate slate;

	@BeforeEach
	void reset() {
		slate.reset();
	}

	private static MeetingRequest sgb(String start, String end) {
		return new MeetingRequest("SGB", OffsetDateTime.parse(start), OffsetDateTime.parse(end), null, null);
	}

	private long stored() {
		return mongo.count(new Query(), Meeting.class);
	}

	@Test
	void refusesAMeetingInThePast() {
		assertThatThrownBy(() -> meetings.schedule(sgb("2027-01-04T08:00:00Z", "2027-01-04T08:30:00Z")))
			.isInstanceOf(SchedulingException.class)
			.hasMessageContaining("in the past");
		assertThat(stored()).isZero();
	}

	@Test
	void refusesAnEndBeforeItsStart() {
		assertThatThrownBy(() -> meetings.schedule(sgb("2027-02-02T12:00:00Z", "2027-02-02T10:00:00Z")))
			.hasMessageContaining("ends")
			.hasMessageContaining("before it starts");
		assertThat(stored()).isZero();
	}

	@Test
	void refusesAnUnknownBoardNamingTheKnownOnes() {
		assertThatThrownBy(
				() -> meetings.schedule(new MeetingRequest("XYZ", OffsetDateTime.parse("2027-02-02T10:00:00Z"),
						OffsetDateTime.parse("2027-02-02T12:00:00Z"), null, null)))
			.hasMessage("There is no board XYZ. Boards: PAF, SGB.");
		assertThat(stored()).isZero();
	}

	@Test
	void refusesASecondMeetingOfOneBoardAtAnOverlappingTime() {
		Meeting first = meetings.schedule(sgb("2027-02-02T10:00:00Z", "2027-02-02T12:00:00Z"));

		assertThatThrownBy(() -> meetings.schedule(sgb("2027-02-02T11:00:00Z", "2027-02-02T13:00:00Z")))
			.isInstanceOf(SchedulingException.class)
			.satisfies(ex -> assertThat(((SchedulingException) ex).reason())
				.isEqualTo(SchedulingException.Reason.CONFLICT))
			.hasMessageContaining(first.id());
		assertThat(stored()).isOne();
		// Another board may meet at the same time.
		meetings.schedule(new MeetingRequest("PAF", OffsetDateTime.parse("2027-02-02T11:00:00Z"),
				OffsetDateTime.parse("2027-02-02T13:00:00Z"), null, null));
		assertThat(stored()).isEqualTo(2);
	}

	@Test
	void refusesABankHoliday() {
		assertThatThrownBy(() -> meetings.schedule(sgb("2027-03-29T10:00:00+01:00", "2027-03-29T12:00:00+01:00")))
			.hasMessage("Monday 29 March 2027 is Easter Monday in England and Wales; choose a working day.");
		assertThat(stored()).isZero();
	}

	@Test
	void refusesAnItemAfterThePapersDeadlineUnlessTheSecretaryAcceptsIt() {
		Meeting meeting = meetings.schedule(sgb("2027-01-12T10:00:00Z", "2027-01-12T12:00:00Z"));
		clock.set("2027-01-06T09:00:00Z");
		ItemRequest item = new ItemRequest("Estates strategy", "cfo@opcc.test", null, AgendaItem.Purpose.DECISION,
				false);

		assertThatThrownBy(() -> agendas.addItem(meeting.id(), item, "cfo@opcc.test", false))
			.hasMessageContaining("were due by Tuesday 5 January 2027")
			.hasMessageContaining("secretary");
		assertThat(meetings.get(meeting.id()).items()).hasSize(Board.DEFAULT_ITEMS.size());

		AgendaItem late = agendas.addItem(meeting.id(), item, "sec@opcc.test", true);
		assertThat(late.late()).isTrue();
		assertThat(meetings.get(meeting.id()).items()).extracting(AgendaItem::title)
			.containsSubsequence("Matters arising and actions", "Estates strategy", "Any other business");
	}

	@Test
	void refusesAnOwnerWhoIsNotOnTheBoard() {
		Meeting meeting = meetings.schedule(sgb("2027-02-02T10:00:00Z", "2027-02-02T12:00:00Z"));

		assertThatThrownBy(() -> agendas.addItem(meeting.id(),
				new ItemRequest("Fleet", "stranger@elsewhere.test", null, AgendaItem.Purpose.DISCUSSION, false),
				"sec@opcc.test", false))
			.hasMessageContaining("stranger@elsewhere.test is not a member of SGB");
		clock.set("2027-02-02T12:30:00Z");
		assertThatThrownBy(() -> actions.add(meeting.id(),
				List.of(new ActionRequest("Report back", "cfo@opcc.test", java.time.LocalDate.of(2027, 3, 1)),
						new ActionRequest("Check leases", "nobody@opcc.test", java.time.LocalDate.of(2027, 3, 1)))))
			.hasMessageContaining("nobody@opcc.test is not a member");
		assertThat(actions.find(ActionQuery.open())).isEmpty();
		assertThat(meetings.get(meeting.id()).items()).hasSize(Board.DEFAULT_ITEMS.size());
	}

	@Test
	void movesAndCancelsWithARisingSequence() {
		Meeting meeting = meetings.schedule(sgb("2027-02-02T10:00:00Z", "2027-02-02T12:00:00Z"));

		Meeting moved = meetings.reschedule(meeting.id(),
				new MeetingRequest(null, OffsetDateTime.parse("2027-02-03T14:00:00Z"), null, "Room 2", null));
		assertThat(moved.sequence()).isEqualTo(1);
		assertThat(Duration.between(moved.start(), moved.end())).isEqualTo(Duration.ofHours(2));
		assertThat(moved.location()).isEqualTo("Room 2");
		assertThat(moved.papersDeadline()).hasToString("2027-01-27");

		Meeting cancelled = meetings.cancel(meeting.id());
		assertThat(cancelled.sequence()).isEqualTo(2);
		assertThat(cancelled.status()).isEqualTo(Meeting.Status.CANCELLED);
		assertThatThrownBy(() -> meetings.cancel(meeting.id())).hasMessageContaining("is cancelled");
	}

	@Test
	void minutesWaitForTheMeetingAndAreApprovedAtTheNextOne() {
		Meeting january = meetings.schedule(sgb("2027-01-12T10:00:00Z", "2027-01-12T12:00:00Z"));
		Meeting february = meetings.schedule(sgb("2027-02-02T10:00:00Z", "2027-02-02T12:00:00Z"));
		MinutesRequest record = new MinutesRequest(List.of("Commissioner", "Chief Constable"),
				List.of("Finance Officer"), List.of(),
				List.of(new Minutes.ItemMinutes("s4", "Two actions carried forward.",
						List.of("To extend the victims' services contract by a year."))));

		assertThatThrownBy(() -> minutes.record(january.id(), record, "sec@opcc.test"))
			.hasMessageContaining("once the meeting has started");

		clock.set("2027-01-12T11:00:00Z");
		minutes.record(january.id(), record, "sec@opcc.test");
		assertThat(minutes.decisions(january.id())).singleElement().satisfies(d -> {
			assertThat(d.itemTitle()).isEqualTo("Matters arising and actions");
			assertThat(d.meetingDate()).hasToString("2027-01-12");
		});
		assertThatThrownBy(() -> minutes.approve(january.id(), february.id(), "sec@opcc.test"))
			.hasMessageContaining("once the meeting has started");
		assertThatThrownBy(() -> minutes.approve(january.id(), january.id(), "sec@opcc.test"))
			.hasMessageContaining("next meeting");

		clock.set("2027-02-02T10:05:00Z");
		Meeting approved = minutes.approve(january.id(), february.id(), "sec@opcc.test");
		assertThat(approved.minutes().approval().atMeetingId()).isEqualTo(february.id());
		assertThatThrownBy(() -> minutes.record(january.id(), record, "sec@opcc.test"))
			.hasMessageContaining("approved");
	}

	@Test
	void actionsAreClosedOnce() {
		Meeting meeting = meetings.schedule(sgb("2027-01-12T10:00:00Z", "2027-01-12T12:00:00Z"));
		clock.set("2027-01-12T11:00:00Z");
		ActionItem action = actions
			.add(meeting.id(),
					List.of(new ActionRequest("Brief the panel", "Finance Officer",
							java.time.LocalDate.of(2027, 1, 20))))
			.get(0);
		assertThat(action.owner()).isEqualTo("cfo@opcc.test");

		actions.close(action.id(), "cfo@opcc.test", "Done at the panel's January meeting");
		assertThatThrownBy(() -> actions.close(action.id(), "cfo@opcc.test", null))
			.hasMessageContaining("already closed");
		assertThat(actions.find(ActionQuery.open())).isEmpty();
	}

}
