package uk.opcc.quorum.bot.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real Quorum in its own JVM on the embedded file store, killed with SIGKILL in the
 * middle of a burst of concurrent writes and started again on the same data directory,
 * several times: everything the REST API acknowledged must be there after the restart,
 * and no decision notice number may be given out twice. Rounds: {@code -Dcrash.rounds} (3
 * by default).
 */
class CrashDurabilityIntegrationTests {

	private static final int ROUNDS = Integer.getInteger("crash.rounds", 3);

	private static final int WRITERS = 8;

	private static final ObjectMapper json = new ObjectMapper();

	/**
	 * The next free half-hour for a meeting (see {@link #scheduleMeeting}), so that no
	 * two compete for a slot.
	 */
	private final AtomicInteger meetingSlots = new AtomicInteger();

	private final Random random = new Random(Long.getLong("crash.seed", 20270104L));

	@TempDir
	Path temp;

	private ChildQuorum quorum;

	@AfterEach
	void stop() throws InterruptedException {
		if (quorum != null && quorum.alive()) {
			quorum.kill();
		}
	}

	@Test
	void acknowledgedWritesSurviveKillNine() throws Exception {
		Path dataDir = temp.resolve("data");
		Map<String, Acknowledged> acknowledged = new HashMap<>();
		List<Round> rounds = new ArrayList<>();
		start(dataDir);
		for (int round = 1; round <= ROUNDS; round++) {
			// A kill somewhere in the burst, not at a round figure, so it lands in
			// different phases of a write.
			int killAfter = 80 + random.nextInt(120);
			Burst burst = burst(killAfter);
			start(dataDir);
			Map<String, String> notices = notices();
			Map<String, Integer> meetings = meetingStatuses(burst.meetings().keySet());
			Set<String> documents = documents();
			int uploadsLost = (int) burst.uploads().keySet().stream().filter(id -> !documents.contains(id)).count();
			int lost = 0;
			for (Acknowledged ack : burst.notices().values()) {
				if (!ack.number().equals(notices.get(ack.id()))) {
					lost++;
				}
			}
			int meetingsLost = (int) meetings.values().stream().filter(status -> status != 200).count();
			int reissued = 0;
			for (Acknowledged ack : burst.notices().values()) {
				Acknowledged earlier = acknowledged.putIfAbsent(ack.number(), ack);
				if (earlier != null && !earlier.id().equals(ack.id())) {
					reissued++;
				}
			}
			rounds.add(new Round(round, burst.notices().size(), lost, reissued, burst.meetings().size(), meetingsLost,
					burst.uploads().size(), uploadsLost));
			System.out.println("crash round " + rounds.get(rounds.size() - 1));
		}
		// Notices created after the last restart must not repeat a number handed out
		// before the last kill.
		Burst after = burst(Integer.MAX_VALUE, 40);
		int reissuedAfter = 0;
		for (Acknowledged ack : after.notices().values()) {
			Acknowledged earlier = acknowledged.get(ack.number());
			if (earlier != null && !earlier.id().equals(ack.id())) {
				reissuedAfter++;
			}
		}
		int acknowledgedTotal = rounds.stream().mapToInt(Round::noticesAcknowledged).sum();
		int lostTotal = rounds.stream().mapToInt(Round::noticesLost).sum();
		int meetingsTotal = rounds.stream().mapToInt(Round::meetingsAcknowledged).sum();
		int meetingsLostTotal = rounds.stream().mapToInt(Round::meetingsLost).sum();
		int uploadsTotal = rounds.stream().mapToInt(Round::uploadsAcknowledged).sum();
		int uploadsLostTotal = rounds.stream().mapToInt(Round::uploadsLost).sum();
		int reissuedTotal = rounds.stream().mapToInt(Round::numbersReissued).sum() + reissuedAfter;
		System.out.printf(
				"crash summary: %d rounds, %d notices acknowledged, %d lost, %d numbers issued twice; "
						+ "%d meetings acknowledged, %d lost; %d uploads acknowledged, %d lost%n",
				ROUNDS, acknowledgedTotal, lostTotal, reissuedTotal, meetingsTotal, meetingsLostTotal, uploadsTotal,
				uploadsLostTotal);
		assertThat(acknowledgedTotal).as("notices acknowledged before the kills").isGreaterThan(ROUNDS * 40);
		assertThat(meetingsTotal).as("meetings acknowledged before the kills").isPositive();
		assertThat(uploadsTotal).as("uploads acknowledged before the kills").isPositive();
		assertThat(rounds).allSatisfy(round -> {
			assertThat(round.noticesLost()).as("acknowledged notices missing after restart, %s", round).isZero();
			assertThat(round.numbersReissued()).as("numbers issued twice, %s", round).isZero();
			assertThat(round.meetingsLost()).as("acknowledged meetings missing after restart, %s", round).isZero();
			assertThat(round.uploadsLost()).as("acknowledged uploads missing after restart, %s", round).isZero();
		});
		assertThat(reissuedAfter).as("numbers issued again after the last restart").isZero();
		assertThat(after.notices()).hasSizeGreaterThanOrEqualTo(40);
	}

	/**
	 * Concurrent writers until the child has acknowledged killAfter notices, then SIGKILL
	 * while they still write.
	 */
	private Burst burst(int killAfter) throws Exception {
		Burst burst = burst(killAfter, Integer.MAX_VALUE);
		assertThat(burst.notices()).as("notices acknowledged before the kill").hasSizeGreaterThanOrEqualTo(killAfter);
		return burst;
	}

	private Burst burst(int killAfter, int stopAfter) throws Exception {
		Map<String, Acknowledged> notices = new ConcurrentHashMap<>();
		Map<String, String> meetings = new ConcurrentHashMap<>();
		Map<String, String> uploads = new ConcurrentHashMap<>();
		AtomicInteger sent = new AtomicInteger();
		CountDownLatch killNow = new CountDownLatch(1);
		ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
		for (int w = 0; w < WRITERS; w++) {
			boolean meetingWriter = w == 0;
			boolean uploader = w == 1;
			writers.submit(() -> {
				while (quorum.alive() && notices.size() < stopAfter) {
					int n = sent.incrementAndGet();
					try {
						if (meetingWriter) {
							scheduleMeeting(meetingSlots.getAndIncrement()).ifPresent(id -> meetings.put(id, id));
						}
						else if (uploader) {
							upload(n).ifPresent(id -> uploads.put(id, id));
						}
						else {
							createNotice(n).ifPresent(ack -> notices.put(ack.id(), ack));
						}
					}
					catch (IOException ex) {
						// Refused or cut off by the kill: not acknowledged, so nothing is
						// promised.
					}
					// The first upload waits for the embedding model to load: kill once
					// some have been answered too.
					if (notices.size() >= killAfter && uploads.size() >= 3) {
						killNow.countDown();
					}
				}
				return null;
			});
		}
		if (killAfter != Integer.MAX_VALUE) {
			assertThat(killNow.await(60, TimeUnit.SECONDS)).as("burst reached %d notices", killAfter).isTrue();
			quorum.kill();
		}
		writers.shutdown();
		assertThat(writers.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
		return new Burst(Map.copyOf(notices), Map.copyOf(meetings), Map.copyOf(uploads));
	}

	private Optional<Acknowledged> createNotice(int n) throws IOException {
		String body = """
				{"title": "Crash test notice %d", "sections": {"summary": "Notice %d written during a crash test.",
				"recommendation": "That it survives.", "financial": "None."}}""".formatted(n, n);
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/decisions"))
			.header("Content-Type", "application/json")
			.header("X-Quorum-User", "staff-1")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
		if (response.statusCode() != 201) {
			return Optional.empty();
		}
		Map<String, Object> notice = json.readValue(response.body(), new TypeReference<>() {
		});
		return Optional.of(new Acknowledged((String) notice.get("id"), (String) notice.get("number")));
	}

	/**
	 * Half-hour meetings from 06:00 to 18:00 UTC (inside the London day all year) on
	 * weekdays from next week on, slot by slot. Quorum knows bank holidays up to 2030
	 * only; a bank holiday is refused and simply not counted.
	 */
	private Optional<String> scheduleMeeting(int slot) throws IOException {
		LocalDate monday = LocalDate.now().plusWeeks(1).with(DayOfWeek.MONDAY);
		int day = slot / 24;
		LocalDateTime start = monday.plusWeeks(day / 5).plusDays(day % 5).atTime(6, 0).plusMinutes(30L * (slot % 24));
		String body = """
				{"board": "SGB", "start": "%sZ", "end": "%sZ"}""".formatted(start, start.plusMinutes(30));
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/meetings"))
			.header("Content-Type", "application/json")
			.header("X-Quorum-User", "sec-1")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
		if (response.statusCode() != 201) {
			return Optional.empty();
		}
		return Optional.of((String) json.readValue(response.body(), Map.class).get("id"));
	}

	/**
	 * A small document uploaded as a secretary; its id once the REST API answered 201.
	 */
	private Optional<String> upload(int n) throws IOException {
		String boundary = "crash-" + n;
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"note-" + n
				+ ".md\"\r\nContent-Type: text/markdown\r\n\r\n# Crash note " + n + "\n\nUploaded as number " + n
				+ " during a crash test.\r\n--" + boundary + "--\r\n";
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/knowledge/documents"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("X-Quorum-User", "sec-1")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
		if (response.statusCode() != 201) {
			return Optional.empty();
		}
		return Optional.of((String) json.readValue(response.body(), Map.class).get("id"));
	}

	/** The ids of the indexed documents. */
	private Set<String> documents() throws IOException {
		HttpResponse<String> response = send(
				HttpRequest.newBuilder(uri("/api/knowledge/documents")).header("X-Quorum-User", "sec-1").GET());
		assertThat(response.statusCode()).isEqualTo(200);
		List<Map<String, Object>> list = json.readValue(response.body(), new TypeReference<>() {
		});
		Set<String> ids = new HashSet<>();
		list.forEach(document -> ids.add((String) document.get("id")));
		return ids;
	}

	/** Every stored notice's number by id. */
	private Map<String, String> notices() throws IOException {
		HttpResponse<String> response = send(
				HttpRequest.newBuilder(uri("/api/decisions")).header("X-Quorum-User", "staff-1").GET());
		assertThat(response.statusCode()).isEqualTo(200);
		List<Map<String, Object>> list = json.readValue(response.body(), new TypeReference<>() {
		});
		Map<String, String> numbers = new HashMap<>();
		list.forEach(notice -> numbers.put((String) notice.get("id"), (String) notice.get("number")));
		Map<String, Long> perNumber = new HashMap<>();
		numbers.values().forEach(number -> perNumber.merge(number, 1L, Long::sum));
		assertThat(perNumber).as("stored notices sharing a number")
			.allSatisfy((number, count) -> assertThat(count).as(number).isEqualTo(1));
		return numbers;
	}

	private Map<String, Integer> meetingStatuses(Iterable<String> ids) throws IOException {
		Map<String, Integer> statuses = new HashMap<>();
		for (String id : ids) {
			statuses.put(id,
					send(HttpRequest.newBuilder(uri("/api/meetings/" + id)).header("X-Quorum-User", "sec-1").GET())
						.statusCode());
		}
		return statuses;
	}

	private void start(Path dataDir) throws Exception {
		Path corpus = Files.createDirectories(temp.resolve("corpus"));
		Path boards = Path.of("src/test/resources/meet-boards.yml").toAbsolutePath();
		quorum = ChildQuorum.start("quorum", temp, ChildQuorum.freePort(),
				List.of("--quorum.store.data-dir=" + dataDir, "--quorum.knowledge.index-dir=" + temp.resolve("index"),
						"--quorum.knowledge.corpus-dir=" + corpus, "--quorum.scheduler.boards-file=" + boards,
						"--quorum.scheduler.reminders.poll=1h", "--quorum.site.public-url=https://quorum.opcc.test/",
						"--quorum.teams.users.staff-1=STAFF", "--quorum.teams.users.sec-1=SECRETARY,STAFF"));
		quorum.awaitUp(Duration.ofSeconds(120));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException {
		return quorum.send(request);
	}

	private URI uri(String path) {
		return quorum.uri(path);
	}

	/** A notice the REST API answered 201 for. */
	record Acknowledged(String id, String number) {
	}

	/**
	 * What one burst had acknowledged when it ended: notices by id, meeting ids, uploaded
	 * document ids.
	 */
	record Burst(Map<String, Acknowledged> notices, Map<String, String> meetings, Map<String, String> uploads) {
	}

	/**
	 * One kill and restart: what was acknowledged before the kill and what of it was
	 * missing afterwards.
	 */
	record Round(int round, int noticesAcknowledged, int noticesLost, int numbersReissued, int meetingsAcknowledged,
			int meetingsLost, int uploadsAcknowledged, int uploadsLost) {
	}

}
