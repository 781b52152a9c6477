package uk.opcc.quorum.scheduler;

import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;

import uk.opcc.quorum.scheduler.reminder.ActionDigest;
import uk.opcc.quorum.scheduler.reminder.Reminder;
import uk.opcc.quorum.scheduler.reminder.ReminderDispatcher;
import uk.opcc.quorum.scheduler.reminder.ReminderStore;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(classes = SchedulerTestApplication.class)
class ReminderIntegrationTests {

	@Autowired
	Meetings meetings;

	@Autowired
	Agendas agendas;

	@Autowired
	Actions actions;

	@Autowired
	ReminderDispatcher dispatcher;

	@Autowired
	ActionDigest digest;

	@Autowired
	ReminderStore reminders;

	@Autowired
	RecordingDelivery delivery;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	TestClock clock;

	@Autowired
	CleanSlate slate;

	@BeforeEach
	void reset() {
		slate.reset();
		delivery.clear();
	}

	private Meeting sgbOn(String day) {
		return meetings.schedule(new MeetingRequest("SGB", OffsetDateTime.parse(day + "T10:00:00Z"),
				OffsetDateTime.parse(day + "T12:00:00Z"), null, null));
	}

	@Test
	void sendsEachReminderOnceWhenItFallsDue() {
		Meeting meeting = sgbOn("2027-02-02");
		agendas.addItem(meeting.id(),
				new ItemRequest("Budget monitoring", "cfo@opcc.test", null, AgendaItem.Purpose.INFORMATION, false),
				"cfo@opcc.test", false);

		dispatcher.dispatchDue();
		assertThat(delivery.of(Notice.Kind.INVITATION)).hasSize(4)
			.allSatisfy(n -> assertThat(n.links()).containsKey("Add to calendar (.ics)"));

		// Papers are due Tuesday 26 January; the chaser goes two working days before, at
		// nine.
		clock.set("2027-01-22T09:00:00Z");
		dispatcher.dispatchDue();
		assertThat(delivery.of(Notice.Kind.PAPERS_CHASER)).singleElement()
			.satisfies(n -> assertThat(n.recipient()).isEqualTo("cfo@opcc.test"));

		clock.set("2027-01-27T09:00:00Z");
		dispatcher.dispatchDue();
		assertThat(delivery.of(Notice.Kind.AGENDA_ISSUED)).hasSize(4)
			.allSatisfy(n -> assertThat(n.lines()).anyMatch(l -> l.contains("Budget monitoring")));

		clock.set("2027-02-01T10:00:00Z");
		dispatcher.dispatchDue();
		dispatcher.dispatchDue();
		assertThat(delivery.of(Notice.Kind.DAY_BEFORE)).hasSize(4);
		assertThat(delivery.of(Notice.Kind.HOUR_BEFORE)).isEmpty();

		clock.set("2027-02-02T09:30:00Z");
		assertThat(dispatcher.dispatchDue()).isOne();
		assertThat(delivery.of(Notice.Kind.HOUR_BEFORE)).hasSize(4);
		assertThat(dispatcher.dispatchDue()).isZero();
		assertThat(delivery.delivered()).hasSize(17);
	}

	@Test
	void dropsRemindersThatAreNoLongerRelevant() {
		Meeting meeting = sgbOn("2027-02-02");
		dispatcher.dispatchDue();
		delivery.clear();

		// Quorum was down from before the day-before reminder until after the meeting
		// began.
		clock.set("2027-02-02T10:30:00Z");
		dispatcher.dispatchDue();

		assertThat(delivery.delivered()).isEmpty();
		assertThat(reminders.ofMeeting(meeting.id())).extracting(Reminder::state)
			.containsOnly(Reminder.State.SENT, Reminder.State.DROPPED);
	}

	@Test
	void aMovedMeetingIsRemindedAtItsNewTimeAndACancelledOneNotAtAll() {
		Meeting moved = sgbOn("2027-02-02");
		Meeting cancelled = sgbOn("2027-02-09");
		dispatcher.dispatchDue();
		assertThat(delivery.of(Notice.Kind.INVITATION)).hasSize(8);
		meetings.reschedule(moved.id(), new MeetingRequest(null, OffsetDateTime.parse("2027-02-03T10:00:00Z"),
				OffsetDateTime.parse("2027-02-03T12:00:00Z"), null, null));
		meetings.cancel(cancelled.id());
		dispatcher.dispatchDue();
		assertThat(delivery.of(Notice.Kind.INVITATION)).hasSize(12);
		assertThat(delivery.of(Notice.Kind.CANCELLATION)).hasSize(4);

		clock.set("2027-02-02T10:00:00Z");
		dispatcher.dispatchDue();
		assertThat(delivery.of(Notice.Kind.DAY_BEFORE)).hasSize(4)
			.allSatisfy(n -> assertThat(n.lines().get(0)).startsWith("Wednesday 3 February 2027"));
		clock.set("2027-02-08T10:00:00Z");
		dispatcher.dispatchDue();
		assertThat(delivery.of(Notice.Kind.DAY_BEFORE)).hasSize(4);
	}

	@Test
	void takesOverAReminderWhoseInstanceVanishedMidway() {
		Meeting meeting = sgbOn("2027-02-02");
		Reminder invitation = reminders.ofMeeting(meeting.id()).get(0);
		mongo.save(new Reminder(invitation.id(), invitation.kind(), invitation.meetingId(), null, invitation.dueAt(),
				invitation.relevantUntil(), Reminder.State.CLAIMED, "vanished", clock.instant(), null));

		assertThat(dispatcher.dispatchDue()).isZero();
		clock.advance(java.time.Duration.ofMinutes(11));
		assertThat(dispatcher.dispatchDue()).isOne();
		assertThat(delivery.of(Notice.Kind.INVITATION)).hasSize(4);
	}

	@Test
	void weeklyDigestListsOpenAndOverdueActionsOncePerWeek() {
		Meeting meeting = sgbOn("2027-01-12");
		clock.set("2027-01-12T12:00:00Z");
		actions.add(meeting.id(), List.of(
				new ActionRequest("Refresh the risk register", "cfo@opcc.test", java.time.LocalDate.of(2027, 1, 15)),
				new ActionRequest("Publish the estates plan", "cfo@opcc.test", java.time.LocalDate.of(2027, 2, 26)),
				new ActionRequest("Brief the panel", "cc@force.test", java.time.LocalDate.of(2027, 2, 1))));
		dispatcher.dispatchDue();
		delivery.clear();

		clock.set("2027-01-18T08:00:00Z");
		assertThat(digest.queue()).isEqualTo(2);
		assertThat(digest.queue()).isZero();
		dispatcher.dispatchDue();

		assertThat(delivery.of(Notice.Kind.ACTION_DIGEST)).hasSize(2);
		Notice cfo = delivery.of(Notice.Kind.ACTION_DIGEST)
			.stream()
			.filter(n -> n.recipient().equals("cfo@opcc.test"))
			.findFirst()
			.orElseThrow();
		assertThat(cfo.title()).isEqualTo("Your actions: 2 open, 1 overdue");
		assertThat(cfo.lines()).first().asString().startsWith("OVERDUE since Friday 15 January 2027");
	}

}
