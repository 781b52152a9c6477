package uk.opcc.quorum.bot.meet;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import uk.opcc.quorum.bot.MicrosoftStandIn;
import uk.opcc.quorum.bot.QuorumIntegrationTest;
import uk.opcc.quorum.bot.RunningQuorum;
import uk.opcc.quorum.scheduler.ActionItem;
import uk.opcc.quorum.scheduler.Meeting;
import uk.opcc.quorum.scheduler.MeetingPlanner;
import uk.opcc.quorum.scheduler.MeetingRequest;
import uk.opcc.quorum.scheduler.Meetings;
import uk.opcc.quorum.scheduler.Notice;
import uk.opcc.quorum.scheduler.ProposedMeeting;
import uk.opcc.quorum.scheduler.SchedulingException;
import uk.opcc.quorum.scheduler.reminder.Reminder;
import uk.opcc.quorum.scheduler.reminder.ReminderStore;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Microsoft Graph as {@link MicrosoftStandIn}: availability, events with a Teams link,
 * throttling and an expired token. Runs in the application (the sign-in context, where an
 * organiser is set), as the scheduler reaches Graph through the application's one
 * signed-in Graph client. Every test starts on Monday 4 January 2027, 09:00.
 */
@QuorumIntegrationTest(profiles = { "test", "signin" })
class GraphCalendarIntegrationTests {

	static final WireMockServer graph = MicrosoftStandIn.server();

	static final String USER = MicrosoftStandIn.GRAPH + "/users/organizer%40opcc.test";

	@Autowired
	Meetings meetings;

	@Autowired
	MeetingPlanner planner;

	@Autowired
	ReminderStore reminders;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	RunningQuorum.TestClock clock;

	@BeforeEach
	void reset() {
		clock.set("2027-01-04T09:00:00Z");
		mongo.remove(new Query(), Meeting.class);
		mongo.remove(new Query(), ActionItem.class);
		mongo.remove(new Query(), Reminder.class);
		MicrosoftStandIn.reset();
	}

	@Test
	void flagsClashesFromMembersOutlookCalendars() {
		graph.stubFor(post(urlEqualTo(USER + "/calendar/getSchedule"))
			.withHeader("Authorization", equalTo("Bearer " + MicrosoftStandIn.GRAPH_TOKEN))
			.withRequestBody(matchingJsonPath("$.schedules[?(@ == 'cfo@opcc.test')]"))
			.willReturn(okJson("""
					{"value":[
					  {"scheduleId":"cfo@opcc.test","scheduleItems":[
					    {"status":"busy","subject":"Treasury management training",
					     "start":{"dateTime":"2027-02-01T09:30:00.0000000","timeZone":"UTC"},
					     "end":{"dateTime":"2027-02-01T11:00:00.0000000","timeZone":"UTC"}},
					    {"status":"free","start":{"dateTime":"2027-03-01T10:00:00.0000000","timeZone":"UTC"},
					     "end":{"dateTime":"2027-03-01T11:00:00.0000000","timeZone":"UTC"}}]},
					  {"scheduleId":"pcc@opcc.test","scheduleItems":[]}]}""")));

		List<ProposedMeeting> plan = planner.plan("SGB", LocalDate.of(2027, 2, 1), 2);

		assertThat(plan.get(0).clashes()).singleElement().satisfies(c -> {
			assertThat(c.member()).isEqualTo("Finance Officer");
			assertThat(c.what()).isEqualTo("Treasury management training");
		});
		assertThat(plan.get(1).clashes()).isEmpty();
		graph.verify(postRequestedFor(urlEqualTo(USER + "/calendar/getSchedule"))
			.withRequestBody(matchingJsonPath("$.startTime.timeZone", equalTo("UTC"))));
	}

	@Test
	void asksGraphForTimesWhenEveryoneIsFree() {
		graph.stubFor(post(urlEqualTo(USER + "/findMeetingTimes"))
			.withRequestBody(matchingJsonPath("$.meetingDuration", equalTo("PT2H")))
			.willReturn(
					okJson("""
							{"meetingTimeSuggestions":[{"confidence":100,"suggestionReason":"Suggested because it is one of the nearest times when all attendees are available.",
							 "meetingTimeSlot":{"start":{"dateTime":"2027-02-03T14:00:00.0000000","timeZone":"UTC"},
							                    "end":{"dateTime":"2027-02-03T16:00:00.0000000","timeZone":"UTC"}}}]}""")));

		assertThat(planner.alternatives("SGB", LocalDate.of(2027, 2, 1))).singleElement()
			.satisfies(t -> assertThat(t.toOffsetDateTime()).hasToString("2027-02-03T14:00Z"));
	}

	@Test
	void createsMovesAndCancelsTheTeamsMeetingInTheOrganizersCalendar() {
		graph.stubFor(post(urlEqualTo(USER + "/events")).willReturn(okJson(
				"{\"id\":\"AAMkEvent1\",\"onlineMeeting\":{\"joinUrl\":\"https://teams.microsoft.com/l/meetup-join/sgb\"}}")));
		graph.stubFor(patch(urlEqualTo(USER + "/events/AAMkEvent1")).willReturn(okJson("{\"id\":\"AAMkEvent1\"}")));
		graph.stubFor(delete(urlEqualTo(USER + "/events/AAMkEvent1")).willReturn(aResponse().withStatus(204)));

		Meeting meeting = meetings.schedule(new MeetingRequest("SGB", OffsetDateTime.parse("2027-02-02T10:00:00Z"),
				OffsetDateTime.parse("2027-02-02T12:00:00Z"), null, null));
		assertThat(meeting.calendarEventId()).isEqualTo("AAMkEvent1");
		assertThat(meeting.joinUrl()).isEqualTo("https://teams.microsoft.com/l/meetup-join/sgb");
		graph.verify(postRequestedFor(urlEqualTo(USER + "/events"))
			.withRequestBody(matchingJsonPath("$.isOnlineMeeting", equalTo("true")))
			.withRequestBody(matchingJsonPath("$.transactionId", equalTo(meeting.id())))
			.withRequestBody(matchingJsonPath("$.start",
					equalToJson("{\"dateTime\":\"2027-02-02T10:00\",\"timeZone\":\"UTC\"}")))
			.withRequestBody(matchingJsonPath("$.attendees[?(@.emailAddress.address == 'cc@force.test')]")));
		// Graph sends the invitations itself: no .ics invitation is queued.
		assertThat(reminders.ofMeeting(meeting.id())).noneMatch(r -> r.kind() == Notice.Kind.INVITATION);

		meetings.reschedule(meeting.id(),
				new MeetingRequest(null, OffsetDateTime.parse("2027-02-03T10:00:00Z"), null, null, null));
		graph.verify(patchRequestedFor(urlEqualTo(USER + "/events/AAMkEvent1"))
			.withRequestBody(matchingJsonPath("$.start.dateTime", equalTo("2027-02-03T10:00"))));

		meetings.cancel(meeting.id());
		graph.verify(deleteRequestedFor(urlEqualTo(USER + "/events/AAMkEvent1")));
		assertThat(meetings.get(meeting.id()).status()).isEqualTo(Meeting.Status.CANCELLED);
	}

	@Test
	void waitsAsToldWhenThrottled() {
		graph.stubFor(post(urlEqualTo(USER + "/events")).inScenario("throttled")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1"))
			.willSetStateTo("calm"));
		graph.stubFor(post(urlEqualTo(USER + "/events")).inScenario("throttled")
			.whenScenarioStateIs("calm")
			.willReturn(okJson("{\"id\":\"AAMkEvent2\"}")));

		long started = System.nanoTime();
		Meeting meeting = meetings.schedule(new MeetingRequest("SGB", OffsetDateTime.parse("2027-02-02T10:00:00Z"),
				OffsetDateTime.parse("2027-02-02T12:00:00Z"), null, null));

		assertThat(meeting.calendarEventId()).isEqualTo("AAMkEvent2");
		assertThat(System.nanoTime() - started).isGreaterThanOrEqualTo(1_000_000_000L);
		graph.verify(2, postRequestedFor(urlEqualTo(USER + "/events")));
	}

	@Test
	void replacesAnExpiredTokenOnce() {
		graph.stubFor(post(urlEqualTo(USER + "/events")).inScenario("expired")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(401)
				.withBody(
						"{\"error\":{\"code\":\"InvalidAuthenticationToken\",\"message\":\"Lifetime validation failed, the token is expired.\"}}"))
			.willSetStateTo("renewed"));
		graph.stubFor(post(urlEqualTo(USER + "/events")).inScenario("expired")
			.whenScenarioStateIs("renewed")
			.willReturn(okJson("{\"id\":\"AAMkEvent3\"}")));

		Meeting meeting = meetings.schedule(new MeetingRequest("SGB", OffsetDateTime.parse("2027-02-02T10:00:00Z"),
				OffsetDateTime.parse("2027-02-02T12:00:00Z"), null, null));

		assertThat(meeting.calendarEventId()).isEqualTo("AAMkEvent3");
		// A token is fetched after the 401 (the one before may have been cached by an
		// earlier test).
		List<String> calls = new java.util.ArrayList<>(
				graph.getAllServeEvents().stream().map(e -> e.getRequest().getUrl()).toList());
		java.util.Collections.reverse(calls);
		assertThat(calls).containsSubsequence(USER + "/events", MicrosoftStandIn.GRAPH_TOKEN_PATH, USER + "/events");
	}

	@Test
	void storesNothingWhenGraphRefuses() {
		graph.stubFor(post(urlEqualTo(USER + "/events"))
			.willReturn(aResponse().withStatus(403).withBody("{\"error\":{\"code\":\"ErrorAccessDenied\"}}")));

		assertThatThrownBy(
				() -> meetings.schedule(new MeetingRequest("SGB", OffsetDateTime.parse("2027-02-02T10:00:00Z"),
						OffsetDateTime.parse("2027-02-02T12:00:00Z"), null, null)))
			.isInstanceOf(SchedulingException.class)
			.hasMessageContaining("not allowed")
			.hasMessageContaining("Nothing was changed");
		assertThat(mongo.count(new Query(), Meeting.class)).isZero();
		assertThat(mongo.count(new Query(), Reminder.class)).isZero();
	}

}
