package uk.opcc.quorum.bot.site;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import uk.opcc.quorum.bot.RunningQuorum;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Something on every public page, made through the REST API as the office would: three
 * published decision notices (one with a Part 2, one corrected), one not published and
 * two on the forward plan; a year of Police Accountability Forum meetings (public) with
 * an agenda, an exempt item, papers and approved minutes, a cancelled one, and Strategic
 * Governance Board meetings (private, never shown). Starts from empty collections so that
 * numbers and pages are the same in every run.
 */
final class PublicPagesFixture {

	/** The text of a Part 2: no public page may show it. */
	static final String PART_TWO = "Bidder Blackwater Estates offered GBP 2.1m";

	/** The title of an exempt agenda item: no public page may show it. */
	static final String EXEMPT = "Covert tactics review";

	/** Private board SGB's agenda item: no public page may show it. */
	static final String PRIVATE = "Chief officer pay review";

	final String firstMeeting;

	final String cancelledMeeting;

	final List<String> meetings;

	private PublicPagesFixture(String firstMeeting, String cancelledMeeting, List<String> meetings) {
		this.firstMeeting = firstMeeting;
		this.cancelledMeeting = cancelledMeeting;
		this.meetings = meetings;
	}

	static PublicPagesFixture create(TestRestTemplate http, MongoTemplate mongo, RunningQuorum.TestClock clock) {
		for (String collection : List.of("decisions_notices", "decisions_counters", "scheduler_meetings",
				"scheduler_reminders")) {
			mongo.remove(new Query(), collection);
		}
		clock.set("2027-01-04T09:00:00Z");
		notices(http, clock);
		clock.set("2027-01-04T09:00:00Z");
		return meetings(http, clock);
	}

	private static void notices(TestRestTemplate http, RunningQuorum.TestClock clock) {
		String victims = create(http, "Victims' referral service extension",
				sections("Extend the victims' referral service by a year while the new service is procured.",
						"GBP 410,000 from the Ministry of Justice victims' grant."),
				null, null);
		publish(http, clock, victims, "2027-01-11");
		String estate = create(http, "Sale of the former Eastgate police station",
				sections("Sell the former Eastgate police station, empty since 2024, at auction.",
						"A capital receipt for the estates programme."),
				Map.of("text", PART_TWO, "reason", "commercially sensitive"), null);
		publish(http, clock, estate, "2027-01-18");
		String drones = create(http, "Drone unit funding",
				sections("Fund two drone pilots for search and rescue.", "GBP 96,000 a year from the reserve."), null,
				null);
		publish(http, clock, drones, "2027-01-25");
		ResponseEntity<Map> correction = http.exchange("/api/decisions/" + drones + "/corrections", HttpMethod.POST,
				as("staff-1", Map.of("title", "Drone unit funding (corrected figures)", "sections",
						Map.of("financial", "GBP 98,500 a year from the reserve."))),
				Map.class);
		assertThat(correction.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		publish(http, clock, (String) correction.getBody().get("id"), "2027-02-01");
		String rural = create(http, "Rural crime partnership grant",
				sections("Grant GBP 20,000 to the rural crime partnership.", "From the community safety fund."), null,
				null);
		clock.set("2027-02-08T10:00:00Z");
		review(http, rural);
		move(http, rural, "pcc-1", Map.of("to", "SIGNED", "approve", true, "date", "2027-02-08"));
		move(http, rural, "mo-1", Map.of("to", "NOT_PUBLISHED", "comment", "Names a grant recipient."));
		create(http, "Custody suite refurbishment", sections("Refurbish the central custody suite.", "GBP 1.2m."),
				Map.of("text", "Contractor shortlist: " + PART_TWO, "reason", "commercially sensitive"),
				Map.of("expectedDate", "2027-06-15", "leadOfficer", "Director of Estates", "exempt", true));
		create(http, "Police and crime plan refresh", sections("Refresh the police and crime plan.", "None."), null,
				Map.of("expectedDate", "2027-04-20", "leadOfficer", "Chief Executive", "exempt", false));
	}

	private static PublicPagesFixture meetings(TestRestTemplate http, RunningQuorum.TestClock clock) {
		// The last Thursday of each month, 14:00 in London (13:00 in summer is 14:00
		// BST).
		String[] days = { "2027-01-28T14:00:00Z", "2027-02-25T14:00:00Z", "2027-03-25T14:00:00Z",
				"2027-04-29T13:00:00Z", "2027-05-27T13:00:00Z", "2027-06-24T13:00:00Z", "2027-07-29T13:00:00Z",
				"2027-09-30T13:00:00Z", "2027-10-28T13:00:00Z", "2027-11-25T14:00:00Z", "2027-12-16T14:00:00Z" };
		List<String> ids = new ArrayList<>();
		for (String start : days) {
			ids.add(schedule(http, "PAF", start));
		}
		String first = ids.get(0);
		item(http, first, Map.of("title", "Response times in rural areas", "owner", "pcc-1", "paper",
				"https://opcc.example.org/paf/2027-01/response-times.pdf", "purpose", "DISCUSSION"));
		item(http, first, Map.of("title", "Victims' Code compliance", "owner", "pcc-1", "paper",
				"victims-code-compliance.docx", "purpose", "INFORMATION"));
		item(http, first, Map.of("title", EXEMPT, "owner", "pcc-1", "paper", "restricted-paper.docx", "purpose",
				"INFORMATION", "exempt", true));
		item(http, ids.get(1),
				Map.of("title", "Neighbourhood policing priorities", "owner", "pcc-1", "purpose", "DISCUSSION"));
		String sgb = schedule(http, "SGB", "2027-02-01T10:00:00Z");
		item(http, sgb, Map.of("title", PRIVATE, "owner", "pcc-1", "purpose", "DECISION"));
		String cancelled = ids.get(6);
		http.delete("/api/meetings/" + cancelled);

		clock.set("2027-01-28T15:00:00Z");
		Map<?, ?> agenda = http.getForObject("/api/meetings/" + first, Map.class);
		List<Map<String, Object>> minutes = new ArrayList<>();
		for (Object each : (List<?>) agenda.get("items")) {
			Map<?, ?> item = (Map<?, ?>) each;
			String title = (String) item.get("title");
			if (title.startsWith("Response times")) {
				minutes.add(Map.of("itemId", item.get("id"), "discussion",
						"Rural response times improved from 19 to 16 minutes; urban times were steady.", "decisions",
						List.of("To publish response times by district every quarter.")));
			}
			else if (title.equals(EXEMPT)) {
				minutes.add(Map.of("itemId", item.get("id"), "discussion", "Surveillance capacity discussed."));
			}
		}
		ResponseEntity<Map> recorded = http.exchange("/api/meetings/" + first + "/minutes", HttpMethod.PUT,
				new HttpEntity<>(Map.of("present", List.of("Commissioner", "Chief Constable", "Secretary"), "apologies",
						List.of("Deputy Chief Constable"), "items", minutes)),
				Map.class);
		assertThat(recorded.getStatusCode()).isEqualTo(HttpStatus.OK);
		clock.set("2027-02-25T14:05:00Z");
		assertThat(http
			.postForEntity("/api/meetings/" + first + "/minutes/approval", Map.of("atMeeting", ids.get(1)), Map.class)
			.getStatusCode()).isEqualTo(HttpStatus.OK);
		clock.set("2027-01-04T09:00:00Z");
		return new PublicPagesFixture(first, cancelled, List.copyOf(ids));
	}

	private static Map<String, Object> sections(String summary, String financial) {
		Map<String, Object> sections = new HashMap<>();
		sections.put("summary", summary);
		sections.put("recommendation", "That the Police and Crime Commissioner approves this.");
		sections.put("background",
				"Set out in the report to the Strategic Governance Board.\n\nThe Chief " + "Constable supports it.");
		sections.put("reasons", "It meets an objective of the police and crime plan.");
		sections.put("financial", financial);
		sections.put("legal", "The Commissioner has the power to decide this.");
		return sections;
	}

	private static String create(TestRestTemplate http, String title, Map<String, Object> sections,
			Map<String, Object> part2, Map<String, Object> forwardPlan) {
		Map<String, Object> body = new HashMap<>(Map.of("title", title, "sections", sections));
		if (part2 != null) {
			body.put("part2", part2);
		}
		if (forwardPlan != null) {
			body.put("forwardPlan", forwardPlan);
		}
		ResponseEntity<Map> created = http.exchange("/api/decisions", HttpMethod.POST, as("staff-1", body), Map.class);
		assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		return (String) created.getBody().get("id");
	}

	private static void publish(TestRestTemplate http, RunningQuorum.TestClock clock, String id, String signed) {
		clock.set(signed + "T10:00:00Z");
		review(http, id);
		move(http, id, "pcc-1", Map.of("to", "SIGNED", "approve", true, "name", "Pat Commissioner", "date", signed));
		move(http, id, "staff-1", Map.of("to", "PUBLISHED"));
	}

	private static void review(TestRestTemplate http, String id) {
		move(http, id, "staff-1", Map.of("to", "IN_REVIEW"));
		move(http, id, "cfo-1", Map.of("to", "AWAITING_PCC"));
		move(http, id, "mo-1", Map.of("to", "AWAITING_PCC"));
	}

	private static void move(TestRestTemplate http, String id, String user, Map<String, Object> body) {
		ResponseEntity<String> moved = http.exchange("/api/decisions/" + id + "/transitions", HttpMethod.POST,
				as(user, body), String.class);
		assertThat(moved.getStatusCode()).as(moved.getBody()).isEqualTo(HttpStatus.OK);
	}

	private static String schedule(TestRestTemplate http, String board, String start) {
		String end = start.substring(0, 11) + String.format("%02d", Integer.parseInt(start.substring(11, 13)) + 2)
				+ start.substring(13);
		ResponseEntity<Map> created = http.postForEntity("/api/meetings",
				Map.of("board", board, "start", start, "end", end), Map.class);
		assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
		return (String) created.getBody().get("id");
	}

	private static void item(TestRestTemplate http, String meeting, Map<String, Object> item) {
		ResponseEntity<String> added = http.postForEntity("/api/meetings/" + meeting + "/items", item, String.class);
		assertThat(added.getStatusCode()).as(added.getBody()).isEqualTo(HttpStatus.CREATED);
	}

	private static HttpEntity<Object> as(String user, Object body) {
		HttpHeaders headers = new HttpHeaders();
		headers.set("X-Quorum-User", user);
		headers.set("X-Quorum-Name", switch (user) {
			case "cfo-1" -> "Chris Finance";
			case "mo-1" -> "Morgan Monitoring";
			case "pcc-1" -> "Pat Commissioner";
			default -> "Sam Staff";
		});
		return new HttpEntity<>(body, headers);
	}

}
