package uk.opcc.quorum.scheduler;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import uk.opcc.quorum.scheduler.reminder.Reminder;
import uk.opcc.quorum.scheduler.reminder.ReminderDispatcher;
import uk.opcc.quorum.scheduler.reminder.ReminderStore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Quorum restarting, and two Quorums on one database: each reminder still goes exactly
 * once.
 */
class ReminderInstancesIntegrationTests {

	private MongoServer mongo;

	private final List<ConfigurableApplicationContext> running = new ArrayList<>();

	@BeforeEach
	void startDatabase() {
		mongo = new MongoServer(new MemoryBackend());
		mongo.bind(new InetSocketAddress("127.0.0.1", 0));
	}

	@AfterEach
	void stopAll() {
		running.forEach(ConfigurableApplicationContext::close);
		mongo.shutdownNow();
	}

	private ConfigurableApplicationContext quorum(String name, String now, String poll, String... more) {
		ConfigurableApplicationContext context = new SpringApplicationBuilder(SchedulerTestApplication.class).run(
				"--test.mongo.port=" + mongo.getLocalAddress().getPort(), "--test.clock=" + now,
				"--quorum.scheduler.reminders.poll=" + poll, "--spring.quartz.scheduler-name=" + name,
				more.length > 0 ? more[0] : "--test.none=");
		running.add(context);
		return context;
	}

	@Test
	void aReminderDueWhileQuorumWasDownGoesOnceAfterItStarts() {
		ConfigurableApplicationContext before = quorum("before", "2027-01-04T09:00:00Z", "1h");
		Meeting meeting = before.getBean(Meetings.class)
			.schedule(new MeetingRequest("SGB", OffsetDateTime.parse("2027-02-02T10:00:00Z"),
					OffsetDateTime.parse("2027-02-02T12:00:00Z"), null, null));
		before.getBean(Agendas.class)
			.addItem(meeting.id(),
					new ItemRequest("Fleet replacement", "cfo@opcc.test", null, AgendaItem.Purpose.DECISION, false),
					"cfo@opcc.test", false);
		before.getBean(ReminderDispatcher.class).dispatchDue();
		before.close();

		// Back on the afternoon before the meeting: the papers deadline has passed, the
		// agenda and day-before are due.
		ConfigurableApplicationContext after = quorum("after", "2027-02-01T15:00:00Z", "20ms");
		RecordingDelivery delivery = after.getBean(RecordingDelivery.class);
		ReminderStore store = after.getBean(ReminderStore.class);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> delivery.of(Notice.Kind.DAY_BEFORE).size() == 4
					&& delivery.of(Notice.Kind.AGENDA_ISSUED).size() == 4);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> store.ofMeeting(meeting.id()).stream().noneMatch(r -> r.state() == Reminder.State.CLAIMED));

		assertThat(after.getBean(ReminderDispatcher.class).dispatchDue()).isZero();
		assertThat(delivery.of(Notice.Kind.DAY_BEFORE)).hasSize(4);
		assertThat(delivery.of(Notice.Kind.AGENDA_ISSUED)).hasSize(4);
		assertThat(delivery.of(Notice.Kind.PAPERS_CHASER)).isEmpty();
		assertThat(delivery.of(Notice.Kind.INVITATION)).isEmpty();
		Map<Notice.Kind, Reminder.State> states = store.ofMeeting(meeting.id())
			.stream()
			.collect(Collectors.toMap(Reminder::kind, Reminder::state));
		assertThat(states).containsEntry(Notice.Kind.PAPERS_CHASER, Reminder.State.DROPPED)
			.containsEntry(Notice.Kind.HOUR_BEFORE, Reminder.State.PENDING);
	}

	@Test
	void twoInstancesOnOneDatabaseNeverSendTheSameReminderTwice() {
		// The test moves the two clocks one after the other; a claim made on the clock
		// still behind must not look
		// abandoned to the instance ahead, so claims here never go stale.
		String noStaleClaims = "--quorum.scheduler.reminders.claim-timeout=1000d";
		ConfigurableApplicationContext first = quorum("first", "2027-01-04T09:00:00Z", "20ms", noStaleClaims);
		ConfigurableApplicationContext second = quorum("second", "2027-01-04T09:00:00Z", "20ms", noStaleClaims);
		Meetings meetings = first.getBean(Meetings.class);
		OffsetDateTime start = OffsetDateTime.of(2027, 2, 2, 10, 0, 0, 0, ZoneOffset.UTC);
		for (int i = 0; i < 20; i++, start = start.plusMinutes(20)) {
			meetings.schedule(new MeetingRequest("SGB", start, start.plusMinutes(15), null, null));
		}
		// The evening before: agendas and day-before reminders of all twenty are due,
		// both instances polling.
		first.getBean(TestClock.class).set("2027-02-01T20:00:00Z");
		second.getBean(TestClock.class).set("2027-02-01T20:00:00Z");
		ReminderStore store = first.getBean(ReminderStore.class);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> store.all()
				.stream()
				.noneMatch(r -> r.state() == Reminder.State.CLAIMED || (r.state() == Reminder.State.PENDING
						&& !r.dueAt().isAfter(first.getBean(TestClock.class).instant()))));

		List<Notice> all = new ArrayList<>(first.getBean(RecordingDelivery.class).delivered());
		all.addAll(second.getBean(RecordingDelivery.class).delivered());
		Map<String, Long> perNotice = all.stream()
			.collect(Collectors.groupingBy(n -> n.kind() + " " + n.meetingId() + " " + n.recipient(),
					Collectors.counting()));
		assertThat(perNotice.values()).containsOnly(1L);
		Map<Notice.Kind, Long> perKind = all.stream()
			.collect(Collectors.groupingBy(Notice::kind, Collectors.counting()));
		assertThat(perKind).containsOnly(Map.entry(Notice.Kind.INVITATION, 80L),
				Map.entry(Notice.Kind.AGENDA_ISSUED, 80L), Map.entry(Notice.Kind.DAY_BEFORE, 80L));
	}

}
