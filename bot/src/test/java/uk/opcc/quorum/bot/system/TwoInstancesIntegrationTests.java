package uk.opcc.quorum.bot.system;

import java.io.IOException;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two real Quorums sharing one store, as an office running a second instance would: A
 * hosts the embedded store, B reaches it over {@code spring.mongodb.uri}. Both send the
 * invitations of a few hundred meetings to one Teams connector (WireMock, answering
 * slowly so that deliveries are in flight) while both issue decision notice numbers; A,
 * and with it the store, is killed with SIGKILL in the middle and started again on the
 * same data and port. Every invitation must reach Teams, none twice beyond the deliveries
 * in flight at the kill, and no number may be issued twice. Size: {@code -Dtwo.meetings}
 * (300 by default).
 */
class TwoInstancesIntegrationTests {

	private static final int MEETINGS = Integer.getInteger("two.meetings", 300);

	/**
	 * The reminder poll is one Quartz job that never overlaps itself, so each instance
	 * delivers on one thread. A delivery in flight on the store's host when it is killed
	 * reaches Teams, but its "sent" never reaches the store; its claim times out and it
	 * goes again: one repeat per delivery thread of the killed instance. B's delivery in
	 * flight at the kill completes, and B records it once the store is back, well within
	 * the claim timeout, so it is not repeated.
	 */
	private static final int DELIVERY_THREADS_PER_INSTANCE = 1;

	private static final int INSTANCES_KILLED = 1;

	private static final int REPEATS_ALLOWED = INSTANCES_KILLED * DELIVERY_THREADS_PER_INSTANCE;

	/**
	 * Longer than the store's outage (A's restart), shorter than the test: A's orphaned
	 * claim is offered again.
	 */
	private static final Duration CLAIM_TIMEOUT = Duration.ofSeconds(20);

	private static final int CONNECTOR_DELAY_MILLIS = 100;

	private static final Duration STARTUP = Duration.ofSeconds(120);

	private static final String RECIPIENT = "rem-1";

	private static final Pattern MEETING_LINK = Pattern.compile("/calendar/([^\"/.]+)\\.ics");

	private static final ObjectMapper json = new ObjectMapper();

	private final WireMockServer connector = new WireMockServer(options().dynamicPort().containerThreads(40));

	private final List<ChildQuorum> started = new ArrayList<>();

	@TempDir
	Path temp;

	@BeforeEach
	void startConnector() {
		connector.start();
		connector.stubFor(any(urlPathMatching("/v3/conversations/.*")).willReturn(aResponse().withStatus(200)
			.withFixedDelay(CONNECTOR_DELAY_MILLIS)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"id\":\"sent-1\"}")));
	}

	@AfterEach
	void stopAll() throws InterruptedException {
		for (ChildQuorum quorum : started) {
			if (quorum.alive()) {
				quorum.kill();
			}
		}
		connector.stop();
	}

	@Test
	void remindersGoOnceAndNumbersAreNeverReissuedWhenTheStoresHostIsKilled() throws Exception {
		int storePort = ChildQuorum.freePort();
		int portA = ChildQuorum.freePort();
		int portB = ChildQuorum.freePort();
		Path boards = writeBoards();

		// A alone first, polling hourly, so that every meeting's invitation is due and
		// none has gone yet.
		ChildQuorum a = start("a-prepare", portA, host(storePort, boards, "1h"));
		a.awaitUp(STARTUP);
		introduceRecipient(a);
		Set<String> meetings = scheduleMeetings(a);
		assertThat(meetings).as("meetings scheduled").hasSizeGreaterThanOrEqualTo(MEETINGS * 3 / 4);
		a.kill();

		a = start("a", portA, host(storePort, boards, "200ms"));
		awaitListening(storePort);
		ChildQuorum b = start("b", portB, client(storePort, boards));
		a.awaitUp(STARTUP);
		b.awaitUp(STARTUP);
		NoticeWriters writers = new NoticeWriters(Map.of("a", a, "b", b), 2);
		int atBothUp = invitations().size();
		await().atMost(Duration.ofSeconds(60)).until(() -> invitations().size() >= atBothUp + 40);

		int beforeKill = invitations().size();
		long killedAt = System.nanoTime();
		a.kill();
		assertThat(beforeKill).as("invitations sent before the kill, of %d", meetings.size())
			.isLessThan(meetings.size() - 40);
		a = start("a-restarted", portA, host(storePort, boards, "200ms"));
		a.awaitUp(STARTUP);
		long backAt = System.nanoTime();
		int duringOutage = invitations().size() - beforeKill;
		writers.replace("a", a);

		awaitAllRemindersFinished(storePort, meetings.size());
		List<Issued> issued = writers.stop();
		Map<String, String> stored = storedNotices(b);

		Map<String, Long> perMeeting = invitations().stream()
			.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
		Set<String> missing = new HashSet<>(meetings);
		missing.removeAll(perMeeting.keySet());
		Set<String> strangers = new HashSet<>(perMeeting.keySet());
		strangers.removeAll(meetings);
		long repeats = perMeeting.values().stream().mapToLong(count -> count - 1).sum();
		Map<String, Set<String>> idsPerNumber = new HashMap<>();
		issued.forEach(notice -> idsPerNumber.computeIfAbsent(notice.number(), n -> new HashSet<>()).add(notice.id()));
		long reissued = idsPerNumber.values().stream().filter(ids -> ids.size() > 1).count();
		long lost = issued.stream().filter(notice -> !notice.number().equals(stored.get(notice.id()))).count();
		Map<String, Long> byPhase = issued.stream()
			.collect(Collectors.groupingBy(notice -> notice.instance() + "-" + phase(notice.at(), killedAt, backAt),
					Collectors.counting()));
		System.out.printf("two instances: %d reminders, %d sent before the kill, %d by B while A was down and "
				+ "restarting (%.1f s), %d missing, %d sent twice (allowed %d: %d instance killed x %d delivery "
				+ "thread); %d notices acknowledged %s, %d numbers issued twice, %d lost%n", meetings.size(),
				beforeKill, duringOutage, (backAt - killedAt) / 1e9, missing.size(), repeats, REPEATS_ALLOWED,
				INSTANCES_KILLED, DELIVERY_THREADS_PER_INSTANCE, issued.size(), new TreeMap<>(byPhase), reissued, lost);

		assertThat(Duration.ofNanos(backAt - killedAt)).as("the store's outage, for B's claims to outlive it")
			.isLessThan(CLAIM_TIMEOUT);
		assertThat(missing).as("meetings whose invitation never reached Teams").isEmpty();
		assertThat(strangers).as("invitations for meetings this test did not schedule").isEmpty();
		assertThat(repeats).as("invitations sent twice, beyond one per delivery thread of the killed instance")
			.isLessThanOrEqualTo(REPEATS_ALLOWED);
		assertThat(duringOutage).as("invitations B sent while the store's host was down and restarting").isPositive();
		assertThat(byPhase).as("notices acknowledged by each instance before the kill and after the restart")
			.containsKeys("a-before", "b-before", "a-after", "b-after");
		assertThat(reissued).as("numbers issued to two notices").isZero();
		assertThat(lost).as("acknowledged notices missing from the register, or stored under another number").isZero();
		assertThat(stored.values()).as("stored notices sharing a number").doesNotHaveDuplicates();
	}

	private static String phase(long at, long killedAt, long backAt) {
		return at < killedAt ? "before" : at < backAt ? "restart" : "after";
	}

	private ChildQuorum start(String name, int port, List<String> properties) throws IOException {
		ChildQuorum quorum = ChildQuorum.start(name, temp, port, properties);
		started.add(quorum);
		return quorum;
	}

	/**
	 * The store's host: the embedded store on a fixed port, so that B and the restarted A
	 * find it again.
	 */
	private List<String> host(int storePort, Path boards, String poll) {
		List<String> properties = new ArrayList<>(common("a", boards, poll));
		properties.add("--quorum.store.data-dir=" + temp.resolve("a-data"));
		properties.add("--quorum.store.embedded-port=" + storePort);
		return properties;
	}

	private List<String> client(int storePort, Path boards) {
		List<String> properties = new ArrayList<>(common("b", boards, "200ms"));
		properties.add("--quorum.store.data-dir=" + temp.resolve("b-data"));
		properties.add("--spring.mongodb.uri=mongodb://127.0.0.1:" + storePort + "/" + StoreProperties.DATABASE);
		// B's store calls give up during the outage rather than wait it out (5 s by
		// default, about as long as the
		// store takes to come back here): failing calls are what a longer outage brings,
		// and what B must survive.
		properties.add("--quorum.store.connect-timeout=1s");
		return properties;
	}

	private List<String> common(String instance, Path boards, String poll) {
		return List.of("--quorum.knowledge.index-dir=" + temp.resolve(instance + "-index"),
				"--quorum.knowledge.corpus-dir=" + temp.resolve("corpus"), "--quorum.scheduler.boards-file=" + boards,
				"--quorum.scheduler.reminders.poll=" + poll,
				"--quorum.scheduler.reminders.claim-timeout=" + CLAIM_TIMEOUT.toSeconds() + "s",
				"--quorum.site.public-url=https://quorum.opcc.test/", "--quorum.teams.users.staff-1=STAFF",
				"--quorum.teams.users.sec-1=SECRETARY,STAFF");
	}

	/** One board with one member, so that one invitation is one message to Teams. */
	private Path writeBoards() throws IOException {
		Files.createDirectories(temp.resolve("corpus"));
		return Files.writeString(temp.resolve("boards.yml"), """
				boards:
				  - code: REM
				    name: Reminder Test Board
				    public-board: false
				    cadence: FREQ=MONTHLY;BYDAY=1MO
				    start-time: "10:00"
				    duration: 15m
				    location: Room 1
				    online: false
				    papers-deadline-days: 1
				    members:
				      - { id: %s, name: Reminded Member, role: chair }
				""".formatted(RECIPIENT));
	}

	/**
	 * The member says hello in a personal chat, so Quorum stores where to reach them; its
	 * reply shows it has.
	 */
	private void introduceRecipient(ChildQuorum quorum) throws IOException {
		String conversation = "personal-" + UUID.randomUUID();
		Map<String, Object> activity = Map.of("type", "message", "id", UUID.randomUUID().toString(), "channelId",
				"msteams", "serviceUrl", connector.baseUrl() + "/", "from",
				Map.of("id", "29:" + RECIPIENT, "name", "Reminded Member", "aadObjectId", RECIPIENT), "recipient",
				Map.of("id", "quorum-bot", "name", "Quorum"), "conversation",
				Map.of("id", conversation, "conversationType", "personal", "tenantId", "tenant-opcc"), "text", "help");
		HttpResponse<String> response = quorum.send(HttpRequest.newBuilder(quorum.uri("/api/messages"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(activity))));
		assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> connector
				.findAll(postRequestedFor(urlPathMatching("/v3/conversations/" + conversation + "/activities.*")))
				.size() > 0);
	}

	/**
	 * Quarter-hour meetings from 06:00 to 18:00 UTC (inside the London day all year) on
	 * weekdays from the week after next, so that their invitations are due now and
	 * nothing else for days. A bank holiday is refused, not counted.
	 */
	private Set<String> scheduleMeetings(ChildQuorum quorum) throws Exception {
		LocalDate monday = LocalDate.now().plusWeeks(2).with(DayOfWeek.MONDAY);
		Set<String> ids = ConcurrentHashMap.newKeySet();
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<Optional<String>>> scheduled = new ArrayList<>();
			for (int slot = 0; slot < MEETINGS; slot++) {
				int day = slot / 48;
				LocalDateTime start = monday.plusWeeks(day / 5)
					.plusDays(day % 5)
					.atTime(6, 0)
					.plusMinutes(15L * (slot % 48));
				scheduled.add(pool.submit(() -> schedule(quorum, start)));
			}
			for (Future<Optional<String>> meeting : scheduled) {
				meeting.get(60, TimeUnit.SECONDS).ifPresent(ids::add);
			}
		}
		finally {
			pool.shutdownNow();
		}
		return Set.copyOf(ids);
	}

	private Optional<String> schedule(ChildQuorum quorum, LocalDateTime start) throws IOException {
		String body = """
				{"board": "REM", "start": "%sZ", "end": "%sZ"}""".formatted(start, start.plusMinutes(15));
		HttpResponse<String> response = quorum.send(HttpRequest.newBuilder(quorum.uri("/api/meetings"))
			.header("Content-Type", "application/json")
			.header("X-Quorum-User", "sec-1")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
		if (response.statusCode() != 201) {
			return Optional.empty();
		}
		return Optional.of((String) json.readValue(response.body(), Map.class).get("id"));
	}

	/** The meeting of each invitation Teams received, once per delivery. */
	private List<String> invitations() {
		List<String> meetings = new ArrayList<>();
		for (LoggedRequest request : connector
			.findAll(postRequestedFor(urlPathMatching("/v3/conversations/.*/activities.*")))) {
			String body = request.getBodyAsString();
			if (body.contains("Invitation: Reminder Test Board")) {
				Matcher link = MEETING_LINK.matcher(body);
				assertThat(link.find()).as("calendar link in %s", body).isTrue();
				meetings.add(link.group(1));
			}
		}
		return meetings;
	}

	/**
	 * Until the store records every invitation as sent, none waiting or claimed: read
	 * straight from the store, since Quorum has no API for reminders. A claim orphaned by
	 * the kill is offered again after the claim timeout.
	 */
	private void awaitAllRemindersFinished(int storePort, int expected) {
		String uri = "mongodb://127.0.0.1:" + storePort + "/?serverSelectionTimeoutMS=2000";
		try (MongoClient store = MongoClients.create(uri)) {
			MongoCollection<Document> reminders = store.getDatabase(StoreProperties.DATABASE)
				.getCollection("scheduler_reminders");
			Document invitations = new Document("kind", "INVITATION");
			await().atMost(CLAIM_TIMEOUT.plusSeconds(60))
				.pollInterval(Duration.ofMillis(500))
				.until(() -> reminders.countDocuments(new Document(invitations).append("state", "SENT")) == expected);
			assertThat(reminders.countDocuments(invitations)).isEqualTo(expected);
			assertThat(reminders.countDocuments(new Document(invitations).append("outcome", "delivered to 1 of 1")))
				.as("invitations recorded as delivered")
				.isEqualTo(expected);
		}
	}

	private Map<String, String> storedNotices(ChildQuorum quorum) throws IOException {
		HttpResponse<String> response = quorum
			.send(HttpRequest.newBuilder(quorum.uri("/api/decisions")).header("X-Quorum-User", "staff-1").GET());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		List<Map<String, Object>> list = json.readValue(response.body(), new TypeReference<>() {
		});
		Map<String, String> numbers = new HashMap<>();
		list.forEach(notice -> numbers.put((String) notice.get("id"), (String) notice.get("number")));
		assertThat(numbers).as("stored notices").hasSize(list.size());
		return numbers;
	}

	private static void awaitListening(int port) {
		await().atMost(STARTUP).pollInterval(Duration.ofMillis(100)).until(() -> {
			try (Socket socket = new Socket("127.0.0.1", port)) {
				return true;
			}
			catch (IOException ex) {
				return false;
			}
		});
	}

	/** A decision notice the REST API answered 201 for, by which instance and when. */
	record Issued(String instance, String id, String number, long at) {
	}

	/**
	 * Staff on each instance creating decision notices until stopped, through kills and
	 * restarts: what is refused or cut off was not acknowledged and promises nothing.
	 */
	private static final class NoticeWriters {

		private final Map<String, ChildQuorum> instances;

		private final List<Issued> issued = Collections.synchronizedList(new ArrayList<>());

		private final AtomicInteger sequence = new AtomicInteger();

		private final ExecutorService pool;

		private volatile boolean running = true;

		NoticeWriters(Map<String, ChildQuorum> instances, int perInstance) {
			this.instances = new ConcurrentHashMap<>(instances);
			this.pool = Executors.newFixedThreadPool(instances.size() * perInstance);
			for (String instance : instances.keySet()) {
				for (int i = 0; i < perInstance; i++) {
					pool.submit(() -> write(instance));
				}
			}
		}

		/** The instance was started again; same port, new process. */
		void replace(String instance, ChildQuorum quorum) {
			instances.put(instance, quorum);
		}

		List<Issued> stop() throws InterruptedException {
			running = false;
			pool.shutdown();
			assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
			return List.copyOf(issued);
		}

		private Void write(String instance) throws InterruptedException {
			while (running) {
				int n = sequence.incrementAndGet();
				try {
					create(instance, instances.get(instance), n).ifPresent(issued::add);
				}
				catch (IOException ex) {
					// refused or cut off by the kill
				}
				// Steady rather than flat out: the two instances and the build share two
				// cores.
				Thread.sleep(50);
			}
			return null;
		}

		private Optional<Issued> create(String instance, ChildQuorum quorum, int n) throws IOException {
			String body = """
					{"title": "Two instances notice %d", "sections": {"summary": "Notice %d from one of two instances.",
					"recommendation": "That its number is its own.", "financial": "None."}}""".formatted(n, n);
			HttpResponse<String> response = quorum.send(HttpRequest.newBuilder(quorum.uri("/api/decisions"))
				.header("Content-Type", "application/json")
				.header("X-Quorum-User", "staff-1")
				.POST(HttpRequest.BodyPublishers.ofString(body)));
			if (response.statusCode() != 201) {
				return Optional.empty();
			}
			Map<String, Object> notice = json.readValue(response.body(), new TypeReference<>() {
			});
			return Optional
				.of(new Issued(instance, (String) notice.get("id"), (String) notice.get("number"), System.nanoTime()));
		}

	}

}
