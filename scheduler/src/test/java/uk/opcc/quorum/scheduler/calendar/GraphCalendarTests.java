package uk.opcc.quorum.scheduler.calendar;

import java.net.http.HttpClient;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import uk.opcc.quorum.scheduler.GraphConnection;
import uk.opcc.quorum.scheduler.Member;
import uk.opcc.quorum.scheduler.SchedulingException;
import uk.opcc.quorum.scheduler.calendar.MeetingCalendar.Busy;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Availability from getSchedule: the windows are asked side by side, and what comes back
 * reads as if they had been asked one after the other.
 */
class GraphCalendarTests {

	private static final String SCHEDULE = "/v1.0/users/organizer%40opcc.test/calendar/getSchedule";

	private final WireMockServer graph = new WireMockServer(options().dynamicPort());

	private GraphCalendar calendar;

	private final List<Member> people = List.of(new Member("ann@opcc.test", "Ann", null, null),
			new Member("bob@opcc.test", "Bob", null, null), new Member("cat@opcc.test", "Cat", null, null));

	@BeforeEach
	void start() {
		graph.start();
		JdkClientHttpRequestFactory http11 = new JdkClientHttpRequestFactory(
				HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build());
		RestClient http = RestClient.builder().baseUrl(graph.baseUrl() + "/v1.0/").requestFactory(http11).build();
		// Two people a call: three people take two calls a window.
		calendar = new GraphCalendar(new GraphClient(new GraphConnection(http)), "organizer@opcc.test", 2);
	}

	@AfterEach
	void stop() {
		calendar.close();
		graph.stop();
	}

	@Test
	void busyTimesKeepTheWindowsOrderWhenTheFirstWindowAnswersLast() {
		stubWindow("2027-01-01T00:00", "January", 400);
		stubWindow("2027-02-11T00:00", "February", 0);
		stubWindow("2027-03-24T00:00", "March", 0);

		Map<String, List<Busy>> busy = calendar.busy(people, Instant.parse("2027-01-01T00:00:00Z"),
				Instant.parse("2027-04-15T00:00:00Z"));

		// The stand-in answers for all three whichever two are asked, so each window's
		// busy time comes once per call: twice.
		assertThat(busy.get("ann@opcc.test")).extracting(Busy::what)
			.containsExactly("January", "January", "February", "February", "March", "March");
		assertThat(busy.get("ann@opcc.test")).extracting(Busy::start)
			.containsExactly(Instant.parse("2027-01-02T09:00:00Z"), Instant.parse("2027-01-02T09:00:00Z"),
					Instant.parse("2027-02-12T09:00:00Z"), Instant.parse("2027-02-12T09:00:00Z"),
					Instant.parse("2027-03-25T09:00:00Z"), Instant.parse("2027-03-25T09:00:00Z"));
		assertThat(busy.get("cat@opcc.test")).extracting(Busy::what)
			.containsExactly("January", "January", "February", "February", "March", "March");
		assertThat(busy).doesNotContainKey("bob@opcc.test");
		// Three windows under 42 days, each for both batches of people.
		assertThat(graph.findAll(postRequestedFor(urlPathEqualTo(SCHEDULE)))).hasSize(6);
		graph.verify(1,
				postRequestedFor(urlPathEqualTo(SCHEDULE))
					.withRequestBody(matchingJsonPath("$.startTime.dateTime", equalTo("2027-03-24T00:00")))
					.withRequestBody(matchingJsonPath("$.endTime.dateTime", equalTo("2027-04-15T00:00")))
					.withRequestBody(matchingJsonPath("$.schedules.length()", equalTo("2"))));
	}

	@Test
	void aWindowGraphRefusesFailsTheWhole() {
		stubWindow("2027-01-01T00:00", "January", 0);
		graph.stubFor(post(urlPathEqualTo(SCHEDULE))
			.withRequestBody(matchingJsonPath("$.startTime.dateTime", equalTo("2027-02-11T00:00")))
			.willReturn(aResponse().withStatus(403)));

		assertThatThrownBy(() -> calendar.busy(people, Instant.parse("2027-01-01T00:00:00Z"),
				Instant.parse("2027-03-01T00:00:00Z")))
			.isInstanceOfSatisfying(SchedulingException.class,
					ex -> assertThat(ex.reason()).isEqualTo(SchedulingException.Reason.CALENDAR_UNAVAILABLE))
			.hasMessageContaining("HTTP 403");
	}

	@Test
	void noOneWithAnAddressAsksNothing() {
		assertThat(calendar.busy(List.of(new Member("00000000-0000-0000-0000-000000000001", "Dan", null, null)),
				Instant.parse("2027-01-01T00:00:00Z"), Instant.parse("2027-03-01T00:00:00Z")))
			.isEmpty();
		assertThat(graph.getAllServeEvents()).isEmpty();
	}

	/** Ann and Cat are busy the day after the window starts; Bob is free. */
	private void stubWindow(String start, String subject, int delayMillis) {
		String day = start.substring(0, 8) + String.format("%02d", Integer.parseInt(start.substring(8, 10)) + 1);
		String busy = "{\"status\":\"busy\",\"subject\":\"" + subject + "\",\"start\":{\"dateTime\":\"" + day
				+ "T09:00:00.0000000\",\"timeZone\":\"UTC\"},\"end\":{\"dateTime\":\"" + day
				+ "T10:00:00.0000000\",\"timeZone\":\"UTC\"}}";
		String free = "{\"status\":\"free\",\"start\":{\"dateTime\":\"" + day
				+ "T11:00:00.0000000\",\"timeZone\":\"UTC\"},\"end\":{\"dateTime\":\"" + day
				+ "T12:00:00.0000000\",\"timeZone\":\"UTC\"}}";
		graph.stubFor(
				post(urlPathEqualTo(SCHEDULE)).withRequestBody(matchingJsonPath("$.startTime.dateTime", equalTo(start)))
					.willReturn(okJson("{\"value\":[{\"scheduleId\":\"ANN@opcc.test\",\"scheduleItems\":[" + busy + ","
							+ free + "]},{\"scheduleId\":\"bob@opcc.test\",\"scheduleItems\":[" + free
							+ "]},{\"scheduleId\":\"cat@opcc.test\",\"scheduleItems\":[" + busy + "]}]}")
						.withFixedDelay(delayMillis)));
	}

}
