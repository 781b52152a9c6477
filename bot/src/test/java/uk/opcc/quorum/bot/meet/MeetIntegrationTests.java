package uk.opcc.quorum.bot.meet;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import uk.opcc.quorum.bot.RunningQuorum;
import uk.opcc.quorum.scheduler.reminder.ReminderDispatcher;

import static org.assertj.core.api.Assertions.assertThat;

/** Meet through the REST contract and through Teams, on the running application. */
class MeetIntegrationTests extends RunningQuorum {

	@Autowired
	MongoTemplate mongo;

	@Autowired
	ReminderDispatcher reminders;

	@BeforeEach
	void reset() {
		mongo.remove(new org.springframework.data.mongodb.core.query.Query(), "scheduler_meetings");
		mongo.remove(new org.springframework.data.mongodb.core.query.Query(), "scheduler_reminders");
	}

	private ResponseEntity<Map> schedule(String board, String start, String end) {
		return http.postForEntity("/api/meetings", Map.of("board", board, "start", start, "end", end), Map.class);
	}

	@Test
	void puttingABoardCreatesItOnceAndReplacesItAfter() {
		Map<String, Object> board = new java.util.HashMap<>(http.getForObject("/api/boards/SGB", Map.class));
		board.put("code", "EGB");
		board.put("name", "Estates Governance Board");
		ResponseEntity<Map> created = http.exchange("/api/boards/EGB", org.springframework.http.HttpMethod.PUT,
				new org.springframework.http.HttpEntity<>(board), Map.class);
		assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		ResponseEntity<Map> replaced = http.exchange("/api/boards/EGB", org.springframework.http.HttpMethod.PUT,
				new org.springframework.http.HttpEntity<>(board), Map.class);
		assertThat(replaced.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(http.getForObject("/api/boards/EGB", Map.class)).containsEntry("name", "Estates Governance Board");
	}

	@Test
	void boardsAndTheirPlanWithSummerTimeOffsets() {
		assertThat(http.getForObject("/api/boards", String.class)).contains("\"code\":\"PAF\"")
			.contains("\"code\":\"SGB\"");

		String plan = http.getForObject("/api/boards/SGB/plan?from=2027-03-01&count=3", String.class);

		assertThat(plan).contains("\"start\":\"2027-03-01T10:00:00Z\"")
			.contains("\"start\":\"2027-04-05T10:00:00+01:00\"")
			.contains("\"start\":\"2027-05-04T10:00:00+01:00\"")
			.contains("Early May bank holiday");
		assertThat(mongo.getCollection("scheduler_meetings").countDocuments()).isZero();
	}

	@Test
	void meetingLifecycleOverRest() throws Exception {
		ResponseEntity<Map> created = schedule("SGB", "2027-02-02T10:00:00Z", "2027-02-02T12:00:00Z");
		assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		String id = (String) created.getBody().get("id");
		assertThat(created.getHeaders().getLocation()).hasToString("/api/meetings/" + id);
		assertThat(created.getBody()).containsEntry("papersDeadline", "2027-01-26")
			.containsEntry("status", "SCHEDULED");

		http.exchange("/api/meetings/" + id, HttpMethod.PATCH, new HttpEntity<>(Map.of("location", "Room 9")),
				Map.class);
		ResponseEntity<Map> item = http.postForEntity("/api/meetings/" + id + "/items",
				Map.of("title", "Fleet strategy", "owner", "Policy Officer", "purpose", "DECISION"), Map.class);
		assertThat(item.getStatusCode()).isEqualTo(HttpStatus.CREATED);

		String ics = http.getForObject("/api/meetings/" + id + "/ics", String.class);
		Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
		assertThat(
				calendar.getComponent("VEVENT").orElseThrow().getProperty(Property.LOCATION).orElseThrow().getValue())
			.isEqualTo("Room 9");
		assertThat(http.getForObject("/api/meetings/" + id + "/agenda", String.class)).contains("Fleet strategy");
		ResponseEntity<byte[]> docx = http.getForEntity("/api/meetings/" + id + "/agenda?format=docx", byte[].class);
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.getBody()));
				XWPFWordExtractor text = new XWPFWordExtractor(document)) {
			assertThat(text.getText()).contains("Fleet strategy (For decision; Policy Officer; paper to follow)");
		}

		clock.set("2027-02-02T11:00:00Z");
		HttpHeaders secretary = new HttpHeaders();
		secretary.set("X-Quorum-User", "sec-1");
		http.exchange("/api/meetings/" + id + "/minutes", HttpMethod.PUT,
				new HttpEntity<>(
						Map.of("present", List.of("Commissioner"), "items",
								List.of(Map.of("itemId", "s2", "decisions", List.of("To buy electric patrol cars.")))),
						secretary),
				Map.class);
		assertThat(http.getForObject("/api/meetings/" + id + "/decisions", String.class))
			.contains("To buy electric patrol cars.");
		http.postForEntity("/api/meetings/" + id + "/actions", List
			.of(Map.of("description", "Cost the charging points", "owner", "policy@opcc.test", "due", "2027-03-01")),
				String.class);
		assertThat(http.getForObject("/api/actions?owner=staff-1&status=OPEN", String.class))
			.contains("Cost the charging points");
		assertThat(http.getForObject("/api/meetings/" + id + "/minutes", String.class))
			.contains("To buy electric patrol cars.");
	}

	@Test
	void cancellingSendsACancelWithTheSameUid() throws Exception {
		String id = (String) schedule("SGB", "2027-02-02T10:00:00Z", "2027-02-02T12:00:00Z").getBody().get("id");

		http.delete("/api/meetings/" + id);

		Calendar cancel = new CalendarBuilder()
			.build(new StringReader(http.getForObject("/calendar/" + id + ".ics", String.class)));
		assertThat(cancel.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("CANCEL");
		assertThat(cancel.getComponent("VEVENT").orElseThrow().getProperty(Property.SEQUENCE).orElseThrow().getValue())
			.isEqualTo("1");
	}

	@Test
	void badRequestsAreRefusedWithASentenceAndChangeNothing() {
		schedule("SGB", "2027-02-02T10:00:00Z", "2027-02-02T12:00:00Z");
		Map<String, org.springframework.http.HttpStatusCode> refusals = new HashMap<>();
		refusals.put("past", schedule("SGB", "2026-12-01T10:00:00Z", "2026-12-01T12:00:00Z").getStatusCode());
		refusals.put("backwards", schedule("SGB", "2027-02-09T12:00:00Z", "2027-02-09T10:00:00Z").getStatusCode());
		refusals.put("unknown board", schedule("XYZ", "2027-02-09T10:00:00Z", "2027-02-09T12:00:00Z").getStatusCode());
		refusals.put("overlap", schedule("SGB", "2027-02-02T11:00:00Z", "2027-02-02T13:00:00Z").getStatusCode());

		assertThat(refusals).containsEntry("past", HttpStatus.BAD_REQUEST)
			.containsEntry("backwards", HttpStatus.BAD_REQUEST)
			.containsEntry("unknown board", HttpStatus.NOT_FOUND)
			.containsEntry("overlap", HttpStatus.CONFLICT);
		ResponseEntity<String> past = http.postForEntity("/api/meetings",
				Map.of("board", "SGB", "start", "2026-12-01T10:00:00Z", "end", "2026-12-01T12:00:00Z"), String.class);
		assertThat(past.getBody()).contains("would start in the past")
			.doesNotContain("Exception")
			.doesNotContain("at uk.");
		ResponseEntity<String> badDate = http.getForEntity("/api/boards/SGB/plan?from=next-week", String.class);
		assertThat(badDate.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(badDate.getBody()).contains("'next-week' is not a valid from");
		ResponseEntity<String> yesterday = http.postForEntity("/api/meetings",
				Map.of("board", "SGB", "start", "yesterday", "end", "2027-02-09T12:00:00Z"), String.class);
		assertThat(yesterday.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(yesterday.getBody()).contains("'yesterday' is not a valid start (expected a date and time");
		ResponseEntity<String> misspelt = http.postForEntity("/api/meetings", Map.of("board", "SGB", "start",
				"2027-02-09T10:00:00Z", "end", "2027-02-09T12:00:00Z", "lokation", "Room 2"), String.class);
		assertThat(misspelt.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(misspelt.getBody()).contains("Unknown field 'lokation'").contains("location");
		ResponseEntity<String> broken = http.exchange("/api/meetings", org.springframework.http.HttpMethod.POST,
				new org.springframework.http.HttpEntity<>("{\"board\": \"SGB\",", jsonHeaders()), String.class);
		assertThat(broken.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(broken.getBody()).contains("not valid JSON (line 1");
		assertThat(mongo.getCollection("scheduler_meetings").countDocuments()).isOne();
	}

	@Test
	void publicBoardsHaveAPublicPagePrivateOnesDoNot() {
		String paf = (String) schedule("PAF", "2027-01-28T14:00:00Z", "2027-01-28T16:00:00Z").getBody().get("id");
		String sgb = (String) schedule("SGB", "2027-02-02T10:00:00Z", "2027-02-02T12:00:00Z").getBody().get("id");

		ResponseEntity<String> page = http.getForEntity("/boards/PAF/" + paf, String.class);
		assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(page.getBody()).contains("Police Accountability Forum").contains("Council Chamber");
		assertThat(http.getForEntity("/boards/SGB/" + sgb, String.class).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void secretarySchedulesFromTeamsAndMembersAreInvitedThere() {
		String chat = newChat();
		post(message(chat, "sec-1", "schedule SGB"));
		assertThat(awaitReply(chat, "Schedule SGB")).contains("2027-02-01").contains("Input.Date");

		post(invoke(chat, "sec-1", "meet.schedule",
				Map.of("board", "SGB", "date", "2027-02-01", "start", "10:00", "end", "12:00", "location", "Room 1")));
		assertThat(awaitReply(chat, "Scheduled: SGB")).contains("Monday 1 February 2027, 10:00 to 12:00")
			.contains("https://quorum.opcc.test/calendar/");

		reminders.dispatchDue();
		assertThat(awaitReply(chat, "Invitation: Strategic Governance Board")).contains("Add to calendar (.ics)");

		String staffChat = newChat();
		post(message(staffChat, "staff-1", "schedule SGB"));
		assertThat(awaitReply(staffChat, "needs the role")).contains("board secretary");
	}

	@Test
	void aTimeTheClocksSkipIsPutToTheSecretaryNotMoved() {
		String chat = newChat();
		long before = mongo.getCollection("scheduler_meetings").countDocuments();
		post(invoke(chat, "sec-1", "meet.schedule",
				Map.of("board", "SGB", "date", "2027-03-28", "start", "01:30", "end", "03:00", "location", "Room 1")));
		assertThat(awaitReply(chat, "does not exist in UK time")).contains("clocks go forward");
		assertThat(mongo.getCollection("scheduler_meetings").countDocuments()).isEqualTo(before);
	}

	private static org.springframework.http.HttpHeaders jsonHeaders() {
		org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
		headers.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
		return headers;
	}

}
