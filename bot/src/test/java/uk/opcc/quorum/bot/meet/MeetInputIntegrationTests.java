package uk.opcc.quorum.bot.meet;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import uk.opcc.quorum.bot.RunningQuorum;
import uk.opcc.quorum.scheduler.Meetings;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Meet REST API reads input as people write it: a meeting time without an offset is
 * UK time (refused with a sentence when the clocks skip it or pass it twice), and a board
 * is spelt exactly as in config/boards.yml, every other spelling refused by name.
 */
class MeetInputIntegrationTests extends RunningQuorum {

	private static final List<String> COPIES = List.of("SGB-COPY", "PAF-COPY", "SPELT");

	@Autowired
	MongoTemplate mongo;

	@Autowired
	Meetings meetings;

	@BeforeEach
	void noMeetings() {
		mongo.remove(new Query(), "scheduler_meetings");
		mongo.remove(new Query(), "scheduler_reminders");
	}

	@AfterEach
	void noCopiedBoards() {
		mongo.remove(new Query(Criteria.where("_id").in(COPIES)), "scheduler_boards");
	}

	private ResponseEntity<Map> schedule(String start, String end) {
		return http.postForEntity("/api/meetings", Map.of("board", "SGB", "start", start, "end", end), Map.class);
	}

	private Instant storedStart(ResponseEntity<Map> created) {
		assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
		return meetings.get((String) created.getBody().get("id")).start();
	}

	@Test
	void aTimeWithoutAnOffsetIsUkTimeWinterAndSummerAndAnOffsetStillCounts() {
		ResponseEntity<Map> winter = schedule("2027-02-03T10:00", "2027-02-03T12:00");
		assertThat(storedStart(winter)).isEqualTo(Instant.parse("2027-02-03T10:00:00Z"));
		assertThat(winter.getBody()).containsEntry("start", "2027-02-03T10:00:00Z");

		ResponseEntity<Map> summer = schedule("2027-06-02T10:00:00", "2027-06-02T12:00:00");
		assertThat(storedStart(summer)).isEqualTo(Instant.parse("2027-06-02T09:00:00Z"));
		assertThat(summer.getBody()).containsEntry("start", "2027-06-02T10:00:00+01:00");

		assertThat(storedStart(schedule("2027-06-09T10:00:00Z", "2027-06-09T12:00:00Z")))
			.isEqualTo(Instant.parse("2027-06-09T10:00:00Z"));
		assertThat(storedStart(schedule("2027-06-16T10:00+01:00", "2027-06-16T12:00+01:00")))
			.isEqualTo(Instant.parse("2027-06-16T09:00:00Z"));

		String id = (String) summer.getBody().get("id");
		ResponseEntity<Map> moved = http.exchange("/api/meetings/" + id, HttpMethod.PATCH,
				new HttpEntity<>(Map.of("start", "2027-06-03T14:00", "end", "2027-06-03T16:00")), Map.class);
		assertThat(moved.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(meetings.get(id).start()).isEqualTo(Instant.parse("2027-06-03T13:00:00Z"));
	}

	@Test
	void aTimeTheClocksSkipOrPassTwiceIsRefusedWithASentenceAndNothingIsStored() {
		ResponseEntity<Map> skipped = schedule("2027-03-28T01:30", "2027-03-28T03:00");
		assertThat(skipped.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(skipped.getHeaders().getContentType()).hasToString("application/problem+json");
		assertThat(skipped.getBody()).containsEntry("detail",
				"01:30 on 28 March 2027 does not exist in UK time: clocks go forward at 01:00.");

		ResponseEntity<Map> twice = schedule("2027-10-31T01:30", "2027-10-31T03:00");
		assertThat(twice.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(twice.getBody()).containsEntry("detail",
				"01:30 on 31 October 2027 happens twice in UK time: clocks go back at 02:00. Do you mean 01:30 BST "
						+ "(the first) or 01:30 GMT (an hour later)? Send the start with its offset: "
						+ "2027-10-31T01:30+01:00 for the first, 2027-10-31T01:30Z for the second.");
		assertThat(mongo.getCollection("scheduler_meetings").countDocuments()).isZero();

		String id = (String) schedule("2027-02-03T10:00", "2027-02-03T12:00").getBody().get("id");
		ResponseEntity<Map> moved = http.exchange("/api/meetings/" + id, HttpMethod.PATCH,
				new HttpEntity<>(Map.of("end", "2027-10-31T01:15")), Map.class);
		assertThat(moved.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat((String) moved.getBody().get("detail")).startsWith("01:15 on 31 October 2027 happens twice")
			.endsWith("Send the end with its offset: 2027-10-31T01:15+01:00 for the first, 2027-10-31T01:15Z for "
					+ "the second.");
		assertThat(meetings.get(id).end()).isEqualTo(Instant.parse("2027-02-03T12:00:00Z"));
		assertThat(mongo.getCollection("scheduler_meetings").countDocuments()).isOne();
	}

	@Test
	void theBoardsOfConfigBoardsYmlGoInAsTheFileSpellsThemAndComeBackTheSame() throws Exception {
		Map<String, List<Map<String, Object>>> file = new Yaml()
			.load(Files.readString(Path.of("../config/boards.yml")));
		for (Map<String, Object> entry : file.get("boards")) {
			Map<String, Object> board = new LinkedHashMap<>(entry);
			String code = board.get("code") + "-COPY";
			board.put("code", code);

			ResponseEntity<Map> created = http.exchange("/api/boards/" + code, HttpMethod.PUT, new HttpEntity<>(board),
					Map.class);
			assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
			Map<String, Object> read = http.getForObject("/api/boards/" + code, Map.class);
			assertThat(read).containsAllEntriesOf(board);

			ResponseEntity<Map> again = http.exchange("/api/boards/" + code, HttpMethod.PUT, new HttpEntity<>(read),
					Map.class);
			assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
			assertThat(http.getForObject("/api/boards/" + code, Map.class)).isEqualTo(read);
		}
		assertThat(http.getForObject("/api/boards/SGB-COPY", Map.class)).containsEntry("duration", "2h")
			.containsEntry("on-holiday", "next-working-day")
			.containsEntry("start-time", "10:00");
		assertThat(http.getForObject("/api/boards/PAF-COPY", Map.class)).containsEntry("duration", "150m")
			.containsEntry("on-holiday", "previous-working-day");
	}

	@Test
	void otherSpellingsOfABoardAreRefusedByNameAndNothingIsStored() {
		Map<String, String> refusals = new LinkedHashMap<>();
		refusals.put("duration=PT1H", "duration = 'PT1H' is not valid: write whole hours or minutes, like 2h or 90m.");
		refusals.put("on-holiday=NEXT_WORKING_DAY",
				"on-holiday = 'NEXT_WORKING_DAY' is not valid: write next-working-day or previous-working-day.");
		refusals.put("start-time=10:00:00",
				"start-time = '10:00:00' is not valid: write a 24-hour time as HH:mm, like \"10:00\" or \"09:30\".");
		refusals.put("startTime=10:00", "startTime is not a field of a board; the fields are code, name, "
				+ "public-board, cadence, start-time, duration, location, online, papers-deadline-days, on-holiday, "
				+ "standard-items and members (write start-time, not startTime).");
		for (Map.Entry<String, String> refusal : refusals.entrySet()) {
			String[] change = refusal.getKey().split("=", 2);
			Map<String, Object> board = spelt();
			board.put(change[0], change[1]);
			ResponseEntity<Map> refused = http.exchange("/api/boards/SPELT", HttpMethod.PUT, new HttpEntity<>(board),
					Map.class);
			assertThat(refused.getStatusCode()).as(refusal.getKey()).isEqualTo(HttpStatus.BAD_REQUEST);
			assertThat(refused.getBody()).as(refusal.getKey()).containsEntry("detail", refusal.getValue());
		}
		Map<String, Object> chair = spelt();
		chair.put("members", List.of(Map.of("id", "pcc@opcc.test", "role", "CHAIR")));
		ResponseEntity<Map> refused = http.exchange("/api/boards/SPELT", HttpMethod.PUT, new HttpEntity<>(chair),
				Map.class);
		assertThat(refused.getBody()).containsEntry("detail",
				"members[0].role = 'CHAIR' is not valid: write chair, secretary, member or officer.");

		assertThat(http.getForEntity("/api/boards/SPELT", Map.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		ResponseEntity<Map> accepted = http.exchange("/api/boards/SPELT", HttpMethod.PUT, new HttpEntity<>(spelt()),
				Map.class);
		assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.CREATED);
	}

	/** A board spelt as config/boards.yml spells one. */
	private static Map<String, Object> spelt() {
		Map<String, Object> board = new LinkedHashMap<>();
		board.put("code", "SPELT");
		board.put("name", "Spelling Board");
		board.put("cadence", "FREQ=MONTHLY;BYDAY=2TU");
		board.put("start-time", "10:00");
		board.put("duration", "90m");
		board.put("on-holiday", "next-working-day");
		board.put("members", List.of(Map.of("id", "pcc@opcc.test", "name", "Commissioner", "role", "chair")));
		return board;
	}

}
