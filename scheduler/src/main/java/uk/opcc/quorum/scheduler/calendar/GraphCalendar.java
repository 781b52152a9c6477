package uk.opcc.quorum.scheduler.calendar;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpMethod;

import uk.opcc.quorum.scheduler.Board;
import uk.opcc.quorum.scheduler.Meeting;
import uk.opcc.quorum.scheduler.Member;

/**
 * The office's Microsoft 365 calendars through Graph: availability, and meetings as Teams
 * calendar events.
 */
public class GraphCalendar implements MeetingCalendar, AutoCloseable {

	/** Graph refuses a getSchedule window of 42 days or more. */
	private static final Duration WINDOW = Duration.ofDays(41);

	/**
	 * Outlook serves at most four concurrent requests per mailbox and app, and every
	 * getSchedule call goes to the organiser's.
	 */
	private static final int MAILBOX_CONCURRENCY = 4;

	private final GraphClient graph;

	private final String organizerPath;

	private final int batch;

	private final ConcurrentCalls scheduleCalls = new ConcurrentCalls("graph-schedule", MAILBOX_CONCURRENCY);

	public GraphCalendar(GraphClient graph, String organizer, int batch) {
		this.graph = graph;
		this.organizerPath = "/users/" + URLEncoder.encode(organizer, StandardCharsets.UTF_8);
		this.batch = Math.max(1, batch);
	}

	/** Spring calls this when the context closes: the call threads stop with it. */
	@Override
	public void close() {
		this.scheduleCalls.close();
	}

	@Override
	public Map<String, List<Busy>> busy(List<Member> people, Instant from, Instant to) {
		return busyLater(people, from, to).get();
	}

	/**
	 * One getSchedule call per window and batch of people, all started at once (within
	 * the mailbox's concurrency).
	 */
	@Override
	public Supplier<Map<String, List<Busy>>> busyLater(List<Member> people, Instant from, Instant to) {
		Map<String, String> idByEmail = new HashMap<>();
		people.stream().filter(p -> p.email() != null).forEach(p -> idByEmail.put(p.email().toLowerCase(), p.id()));
		List<String> emails = new ArrayList<>(idByEmail.keySet());
		List<Supplier<JsonNode>> calls = new ArrayList<>();
		for (Instant start = from; start.isBefore(to); start = start.plus(WINDOW)) {
			Instant end = start.plus(WINDOW).isAfter(to) ? to : start.plus(WINDOW);
			for (int i = 0; i < emails.size(); i += batch) {
				Map<String, Object> request = Map.of("schedules", emails.subList(i, Math.min(emails.size(), i + batch)),
						"startTime", when(start), "endTime", when(end), "availabilityViewInterval", 30);
				calls.add(() -> graph.call(HttpMethod.POST, organizerPath + "/calendar/getSchedule", request));
			}
		}
		Supplier<List<JsonNode>> answers = scheduleCalls.start(calls);
		return () -> busy(answers.get(), idByEmail);
	}

	/**
	 * Answers are read in the order asked, so each member's busy times keep the windows'
	 * order.
	 */
	private static Map<String, List<Busy>> busy(List<JsonNode> answers, Map<String, String> idByEmail) {
		Map<String, List<Busy>> busy = new HashMap<>();
		for (JsonNode answer : answers) {
			for (JsonNode schedule : answer.path("value")) {
				String id = idByEmail.get(schedule.path("scheduleId").asString().toLowerCase());
				for (JsonNode item : schedule.path("scheduleItems")) {
					if (id != null && !"free".equalsIgnoreCase(item.path("status").asString())) {
						String what = item.path("subject").asString(item.path("status").asString());
						busy.computeIfAbsent(id, k -> new ArrayList<>())
							.add(new Busy(what, instant(item.path("start")), instant(item.path("end"))));
					}
				}
			}
		}
		return busy;
	}

	@Override
	public List<Slot> suggest(List<Member> people, Instant from, Instant to, Duration length) {
		List<Map<String, Object>> attendees = people.stream()
			.map(Member::email)
			.filter(Objects::nonNull)
			.map(e -> Map.<String, Object>of("type", "required", "emailAddress", Map.of("address", e)))
			.toList();
		JsonNode answer = graph.call(HttpMethod.POST, organizerPath + "/findMeetingTimes", Map.of("attendees",
				attendees, "isOrganizerOptional", true, "returnSuggestionReasons", true, "meetingDuration",
				length.toString(), "minimumAttendeePercentage", 100, "timeConstraint",
				Map.of("activityDomain", "work", "timeSlots", List.of(Map.of("start", when(from), "end", when(to))))));
		List<Slot> slots = new ArrayList<>();
		for (JsonNode suggestion : answer.path("meetingTimeSuggestions")) {
			JsonNode slot = suggestion.path("meetingTimeSlot");
			slots.add(new Slot(instant(slot.path("start")), instant(slot.path("end")),
					suggestion.path("suggestionReason").asString("")));
		}
		return slots;
	}

	@Override
	public Event publish(Meeting meeting, Board board) {
		Map<String, Object> event = new LinkedHashMap<>();
		event.put("subject", board.name());
		event.put("body", Map.of("contentType", "text", "content", board.name() + " (" + board.code()
				+ "). Papers are due by " + meeting.papersDeadline() + "; Quorum sends the agenda."));
		event.put("start", when(meeting.start()));
		event.put("end", when(meeting.end()));
		if (meeting.location() != null) {
			event.put("location", Map.of("displayName", meeting.location()));
		}
		event.put("attendees", board.members()
			.stream()
			.filter(m -> m.email() != null)
			.map(m -> Map.of("type", "required", "emailAddress", Map.of("address", m.email(), "name", m.name())))
			.toList());
		if (meeting.online()) {
			event.put("isOnlineMeeting", true);
			event.put("onlineMeetingProvider", "teamsForBusiness");
		}
		JsonNode answer;
		if (meeting.calendarEventId() == null) {
			// Graph creates one event per transactionId, so a retried create cannot make
			// a second one.
			event.put("transactionId", meeting.id());
			answer = graph.call(HttpMethod.POST, organizerPath + "/events", event);
		}
		else {
			answer = graph.call(HttpMethod.PATCH, eventPath(meeting), event);
		}
		String id = answer.path("id").asString(meeting.calendarEventId());
		String join = answer.path("onlineMeeting").path("joinUrl").asString(meeting.joinUrl());
		return new Event(id, join);
	}

	@Override
	public void cancel(Meeting meeting) {
		if (meeting.calendarEventId() != null) {
			graph.call(HttpMethod.DELETE, eventPath(meeting), null);
		}
	}

	private String eventPath(Meeting meeting) {
		return organizerPath + "/events/" + URLEncoder.encode(meeting.calendarEventId(), StandardCharsets.UTF_8);
	}

	@Override
	public boolean sendsInvitations() {
		return true;
	}

	@Override
	public String name() {
		return "Microsoft Graph";
	}

	private static Map<String, String> when(Instant instant) {
		return Map.of("dateTime",
				LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC).toString(), "timeZone",
				"UTC");
	}

	/** Graph answers in UTC because every call asks for it (Prefer: outlook.timezone). */
	private static Instant instant(JsonNode dateTimeTimeZone) {
		return GraphTimes.instant(dateTimeTimeZone.path("dateTime").asString());
	}

}
