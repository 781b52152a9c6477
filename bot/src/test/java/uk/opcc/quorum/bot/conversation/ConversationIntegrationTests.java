package uk.opcc.quorum.bot.conversation;

import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;

import uk.opcc.quorum.bot.RunningQuorum;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Plain requests through the Teams endpoint of the running application: every change is
 * shown on a card first and nothing is stored until its button is pressed; a card whose
 * meeting or notice has moved on is refused; follow-ups use what was last spoken of; bad
 * input gets a sentence and changes nothing. "Now" is Monday 4 January 2027, 09:00.
 */
class ConversationIntegrationTests extends RunningQuorum {

	@Autowired
	MongoTemplate mongo;

	@BeforeEach
	void empty() {
		for (String collection : List.of("scheduler_meetings", "scheduler_reminders", "scheduler_actions")) {
			mongo.remove(new Query(), collection);
		}
	}

	@Test
	void everyMeetingChangeIsShownFirstAndDoneOnlyByItsButton() {
		String chat = newChat();

		post(message(chat, "sec-1", "can you book the sgb for tuesday 2nd february at 11"));
		assertThat(awaitReply(chat, "Schedule SGB")).contains("2027-02-02").contains("11:00");
		assertThat(meetings()).as("nothing booked before the button").isEmpty();
		post(invoke(chat, "sec-1", "meet.schedule",
				Map.of("board", "SGB", "date", "2027-02-02", "start", "11:00", "end", "13:00")));
		awaitReply(chat, "Scheduled: SGB");
		Document meeting = meetings().get(0);
		String id = meeting.getString("_id");
		long version = ((Number) meeting.get("version")).longValue();

		post(message(chat, "sec-1", "move the sgb to 3pm"));
		assertThat(awaitReply(chat, "Move the SGB meeting?")).contains("15:00").contains("meet.move");
		assertThat(meetings().get(0).get("start")).as("not moved before the button").isEqualTo(meeting.get("start"));
		post(invoke(chat, "sec-1", "meet.move",
				Map.of("meeting", id, "version", String.valueOf(version), "date", "2027-02-02", "start", "15:00")));
		awaitReply(chat, "Moved: SGB");
		assertThat(meetings().get(0).get("start")).isNotEqualTo(meeting.get("start"));

		// the same card pressed again: the meeting has changed since it was shown
		post(invoke(chat, "sec-1", "meet.move",
				Map.of("meeting", id, "version", String.valueOf(version), "date", "2027-02-02", "start", "16:00")));
		assertThat(awaitReply(chat, "has changed since that card was shown")).contains("nothing was done");

		post(message(chat, "sec-1", "add an item to the sgb agenda"));
		assertThat(awaitReply(chat, "Add an item: SGB")).contains("meet.item");
		int items = meetings().get(0).getList("items", Document.class).size();
		post(invoke(chat, "sec-1", "meet.item",
				Map.of("meeting", id, "title", "Estates strategy", "purpose", "DISCUSSION", "owner", "sec-1")));
		awaitReply(chat, "Added to the agenda: Estates strategy");
		assertThat(meetings().get(0).getList("items", Document.class)).hasSize(items + 1);

		post(message(chat, "sec-1", "cancel the next sgb"));
		assertThat(awaitReply(chat, "Cancel the SGB meeting?")).contains("meet.cancel");
		Document before = meetings().get(0);
		assertThat(before.getString("status")).isEqualTo("SCHEDULED");
		post(invoke(chat, "sec-1", "meet.cancel",
				Map.of("meeting", id, "version", String.valueOf(((Number) before.get("version")).longValue()))));
		awaitReply(chat, "Cancelled: SGB");
		assertThat(meetings().get(0).getString("status")).isEqualTo("CANCELLED");
	}

	@Test
	void followUpsUseTheMeetingLastSpokenOf() {
		http.postForEntity("/api/meetings",
				Map.of("board", "SGB", "start", "2027-02-01T10:00:00Z", "end", "2027-02-01T12:00:00Z"), Map.class);
		http.postForEntity("/api/meetings",
				Map.of("board", "SGB", "start", "2027-03-01T10:00:00Z", "end", "2027-03-01T12:00:00Z"), Map.class);
		String chat = newChat();
		post(message(chat, "sec-1", "when is the next sgb?"));
		assertThat(awaitReply(chat, "Next meetings")).contains("Monday 1 February 2027");
		post(message(chat, "sec-1", "and the one after?"));
		assertThat(awaitReply(chat, "The SGB meeting after that")).contains("Monday 1 March 2027");
		post(message(chat, "sec-1", "move it to 11"));
		assertThat(awaitReply(chat, "Move the SGB meeting?")).contains("Monday 1 March 2027, 11:00");
	}

	@Test
	void minutesAreSavedOnlyByTheFormsButtonAndNotOnAMeetingThatChanged() {
		Map<?, ?> held = http.postForObject("/api/meetings",
				Map.of("board", "SGB", "start", "2027-02-01T10:00:00Z", "end", "2027-02-01T12:00:00Z"), Map.class);
		String id = (String) held.get("id");
		clock.set("2027-02-01T13:00:00Z");
		String chat = newChat();
		post(message(chat, "sec-1", "can i take the minutes of the last sgb"));
		assertThat(awaitReply(chat, "Minutes: SGB")).contains("meet.minutes");
		assertThat(meetings().get(0).get("minutes")).as("nothing minuted before the button").isNull();

		post(invoke(chat, "sec-1", "meet.minutes",
				Map.of("meeting", id, "version", "999", "present", "Commissioner\nSecretary")));
		assertThat(awaitReply(chat, "has changed since that card was shown")).contains("nothing was done");
		assertThat(meetings().get(0).get("minutes")).isNull();

		String version = String.valueOf(((Number) meetings().get(0).get("version")).longValue());
		post(invoke(chat, "sec-1", "meet.minutes",
				Map.of("meeting", id, "version", version, "present", "Commissioner\nSecretary")));
		awaitReply(chat, "Minutes saved: SGB");
		assertThat(meetings().get(0).get("minutes")).isNotNull();
	}

	@Test
	void closingAnActionIsShownFirst() {
		String meeting = (String) http
			.postForObject("/api/meetings",
					Map.of("board", "SGB", "start", "2027-02-01T10:00:00Z", "end", "2027-02-01T12:00:00Z"), Map.class)
			.get("id");
		clock.set("2027-02-01T11:00:00Z");
		String chat = newChat();
		post(invoke(chat, "sec-1", "meet.action", Map.of("meeting", meeting, "description",
				"Refresh the strategic risk register", "owner", "sec-1", "due", "2027-03-01")));
		awaitReply(chat, "Action recorded");

		post(message(chat, "sec-1", "close my action about the risk register"));
		String card = awaitReply(chat, "Close this action?");
		assertThat(card).contains("meet.close-action").contains("Refresh the strategic risk register");
		Document action = mongo.findAll(Document.class, "scheduler_actions").get(0);
		assertThat(action.getString("status")).as("still open before the button").isEqualTo("OPEN");
		post(invoke(chat, "sec-1", "meet.close-action", Map.of("action", action.getString("_id"))));
		awaitReply(chat, "Closed: Refresh the strategic risk register");
		assertThat(mongo.findAll(Document.class, "scheduler_actions").get(0).getString("status")).isEqualTo("CLOSED");
	}

	@Test
	void aDraftAndAWorkflowMoveNeedTheirButtonsAndAStaleCardIsRefused() {
		String chat = newChat();
		post(message(chat, "staff-1", "can you draft a decision notice on renewing the custody visiting scheme"));
		assertThat(awaitReply(chat, "Draft a decision notice?")).contains("decide.draft");
		assertThat(http.getForObject("/api/decisions", String.class)).doesNotContain("custody visiting scheme");

		Map<?, ?> draft = http.postForObject("/api/decisions",
				Map.of("title", "Stale card probe", "sections", Map.of("summary", "A probe.")), Map.class);
		String id = (String) draft.get("id");
		long shown = ((Number) draft.get("revision")).longValue();
		http.exchange("/api/decisions/" + id, HttpMethod.PATCH,
				new HttpEntity<>(Map.of("title", "Stale card probe, edited")), String.class);
		post(invoke(chat, "staff-1", "decide.transition",
				Map.of("id", id, "to", "WITHDRAWN", "revision", String.valueOf(shown))));
		assertThat(awaitReply(chat, "has changed since that card was shown")).contains("nothing was done");
		assertThat(http.getForObject("/api/decisions/" + id, Map.class)).containsEntry("status", "DRAFT");
	}

	@Test
	void badInputGetsASentenceAndChangesNothing() {
		Map<String, String> sentences = Map.of("   ", "What I can do", "\uD83D\uDE42\uD83D\uDC4D",
				"I could not find any words", "a ".repeat(5000), "A question may be at most",
				"book the sgb for 31st february at 10", "Nothing was scheduled", "schedule XYZ",
				"There is no board XYZ", "book the sgb for 1st december 2026 at 10", "Nothing was scheduled",
				"move the sgb to thursday", "No SGB meeting is scheduled");
		sentences.forEach((text, sentence) -> {
			String chat = newChat();
			post(message(chat, "sec-1", text));
			assertThat(awaitReply(chat, sentence)).as(text).doesNotContain("Exception");
		});
		assertThat(meetings()).isEmpty();
	}

	private List<Document> meetings() {
		return mongo.findAll(Document.class, "scheduler_meetings");
	}

}
