package uk.opcc.quorum.scheduler;

import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

import uk.opcc.quorum.scheduler.reminder.Reminder;
import uk.opcc.quorum.scheduler.reminder.ReminderDispatcher;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Meet's figures for docs/benchmarks.md: planning a year for six boards of twelve members
 * against a Graph stub (on loopback, real HTTP), and how fast due reminders are claimed,
 * written and handed over. Prints a Markdown table. Run with
 * {@code ./mvnw -B -pl scheduler verify -Pbenchmark}.
 */
@Tag("benchmark")
@SpringBootTest(classes = { SchedulerTestApplication.class, MeetBenchmark.GraphStub.class })
class MeetBenchmark {

	static final WireMockServer graph = new WireMockServer(options().dynamicPort().containerThreads(16));

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		graph.start();
		graph.stubFor(post(urlPathMatching("/v1.0/users/.*/calendar/getSchedule")).willReturn(okJson(schedules())));
		graph.stubFor(post(urlPathMatching("/v1.0/users/.*/events")).willReturn(okJson("{\"id\":\"event\"}")));
		registry.add("quorum.scheduler.organizer", () -> "organizer@opcc.test");
	}

	/**
	 * The scheduler alone has no sign-in (the application supplies it): the stub does not
	 * ask for a token, and planning's figures do not include one. Not annotated, so that
	 * SchedulerTestApplication's component scan leaves it to this test.
	 */
	static class GraphStub {

		@Bean
		GraphConnection graphConnection() {
			JdkClientHttpRequestFactory http11 = new JdkClientHttpRequestFactory(
					HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build());
			return new GraphConnection(
					RestClient.builder().baseUrl(graph.baseUrl() + "/v1.0/").requestFactory(http11).build());
		}

	}

	/**
	 * Twelve people, each with a busy morning every week of the window Graph is asked
	 * about.
	 */
	private static String schedules() {
		StringBuilder json = new StringBuilder("{\"value\":[");
		for (int person = 0; person < 12; person++) {
			json.append(person == 0 ? "" : ",")
				.append("{\"scheduleId\":\"member")
				.append(person)
				.append("@opcc.test\",\"scheduleItems\":[");
			for (int week = 0; week < 6; week++) {
				LocalDate day = LocalDate.of(2027, 1, 4).plusWeeks(week).plusDays(person % 5);
				json.append(week == 0 ? "" : ",")
					.append("{\"status\":\"busy\",\"start\":{\"dateTime\":\"")
					.append(day)
					.append("T09:00:00.0000000\",\"timeZone\":\"UTC\"},\"end\":{\"dateTime\":\"")
					.append(day)
					.append("T11:00:00.0000000\",\"timeZone\":\"UTC\"}}");
			}
			json.append("]}");
		}
		return json.append("]}").toString();
	}

	@AfterAll
	static void stop() {
		graph.stop();
	}

	@Autowired
	Boards boards;

	@Autowired
	MeetingPlanner planner;

	@Autowired
	Meetings meetings;

	@Autowired
	ReminderDispatcher dispatcher;

	@Autowired
	RecordingDelivery delivery;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	TestClock clock;

	private static final String[] CADENCES = { "FREQ=MONTHLY;BYDAY=1MO", "FREQ=MONTHLY;BYDAY=2TU",
			"FREQ=MONTHLY;BYDAY=3WE", "FREQ=MONTHLY;BYDAY=2TH", "FREQ=MONTHLY;BYDAY=-1FR", "FREQ=MONTHLY;BYDAY=4MO" };

	@Test
	void printsPlanningAndReminderFigures() throws Exception {
		List<String> codes = new ArrayList<>();
		for (int b = 0; b < 6; b++) {
			List<Member> members = new ArrayList<>();
			for (int m = 0; m < 12; m++) {
				members.add(new Member("member" + m + "@opcc.test", "Member " + m, null,
						m == 0 ? Member.Role.CHAIR : m == 1 ? Member.Role.SECRETARY : Member.Role.MEMBER));
			}
			codes.add("B" + b);
			boards.save(new Board("B" + b, "Board " + b, b % 2 == 0, members, CADENCES[b], LocalTime.of(10, 0),
					Duration.ofHours(2), "Room " + b, true, 5, null, null));
		}
		StringBuilder table = new StringBuilder("\n| measurement | figure |\n| --- | --- |\n");
		planYear(codes); // warm-up: JIT, connection pool, token
		long[] runs = new long[5];
		int clashes = 0;
		int calls = graph.findAll(postRequestedFor(urlPathMatching(".*/getSchedule"))).size();
		for (int run = 0; run < runs.length; run++) {
			long started = System.nanoTime();
			clashes = planYear(codes);
			runs[run] = (System.nanoTime() - started) / 1_000_000;
		}
		int callsPerPlan = (graph.findAll(postRequestedFor(urlPathMatching(".*/getSchedule"))).size() - calls)
				/ runs.length;
		java.util.Arrays.sort(runs);
		table.append("| plan a year (12 meetings) for 6 boards of 12 members, median of 5 (ms) | ")
			.append(runs[2])
			.append(" |\n");
		table.append("| slowest of the 5 (ms) | ").append(runs[4]).append(" |\n");
		table.append("| getSchedule calls per year's plan | ").append(callsPerPlan).append(" |\n");
		table.append("| clashes flagged per year's plan | ").append(clashes).append(" |\n");
		assertThat(clashes).isPositive();

		// Two years of each board's proposed meetings, scheduled (one Graph event each).
		for (String code : codes) {
			for (ProposedMeeting p : planner.plan(code, LocalDate.of(2027, 2, 1), 24)) {
				meetings.schedule(
						new MeetingRequest(code, p.start().toOffsetDateTime(), p.end().toOffsetDateTime(), null, null));
			}
		}
		// Every pending reminder falls due at once: chasers (dropped: no items), agendas,
		// day-before, hour-before.
		clock.set("2029-12-31T00:00:00Z");
		mongo.updateMulti(
				Query.query(org.springframework.data.mongodb.core.query.Criteria.where("state").is("PENDING")),
				new org.springframework.data.mongodb.core.query.Update()
					.set("dueAt", Instant.parse("2027-01-30T00:00:00Z"))
					.set("relevantUntil", Instant.parse("2030-01-30T00:00:00Z")),
				Reminder.class);
		long due = mongo.count(
				Query.query(org.springframework.data.mongodb.core.query.Criteria.where("state").is("PENDING")),
				Reminder.class);
		delivery.clear();
		long started = System.nanoTime();
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<Future<Integer>> workers = List.of(pool.submit(dispatcher::dispatchDue),
				pool.submit(dispatcher::dispatchDue));
		int handled = 0;
		for (Future<Integer> worker : workers) {
			handled += worker.get();
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		pool.shutdown();
		table.append("| reminders due at once | ").append(due).append(" |\n");
		table.append("| reminders dispatched/s (2 threads, embedded store over TCP) | ")
			.append(String.format(Locale.ROOT, "%.0f", handled / seconds))
			.append(" |\n");
		table.append("| notices handed to delivery/s | ")
			.append(String.format(Locale.ROOT, "%.0f", delivery.delivered().size() / seconds))
			.append(" |\n");
		assertThat(handled).isEqualTo((int) due);
		System.out.println(table);
	}

	private int planYear(List<String> codes) {
		int clashes = 0;
		for (String code : codes) {
			clashes += planner.plan(code, LocalDate.of(2027, 1, 1), 12)
				.stream()
				.mapToInt(p -> p.clashes().size())
				.sum();
		}
		return clashes;
	}

}
