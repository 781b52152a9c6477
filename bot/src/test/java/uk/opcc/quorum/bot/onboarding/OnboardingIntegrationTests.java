package uk.opcc.quorum.bot.onboarding;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.validate.ValidationEntry;
import net.fortuna.ical4j.validate.ValidationResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import uk.opcc.quorum.QuorumApplication;
import uk.opcc.quorum.bot.MicrosoftStandIn;
import uk.opcc.quorum.bot.RunningQuorum;
import uk.opcc.quorum.knowledge.Audience;
import uk.opcc.quorum.knowledge.IndexedDocument;
import uk.opcc.quorum.knowledge.KnowledgeService;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The onboarding programme end to end, on the sample corpus (config/corpus) and the
 * shipped config/onboarding.yml: Teams activities go in at /api/messages, the cards come
 * out at the Teams connector (MicrosoftStandIn). A candidate walks every public topic, a
 * new PCC every topic, each answer citing a sample document; the candidate never sees the
 * staff topic nor the staff document. The same data is then opened by a second Quorum, as
 * after a restart, and everyone carries on where they were. Its own application, because
 * the shared test contexts have an empty corpus.
 */
class OnboardingIntegrationTests {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final Path CORPUS = Path.of("../config/corpus").toAbsolutePath().normalize();

	private static final Path PROGRAMME = Path.of("../config/onboarding.yml").toAbsolutePath().normalize();

	private final HttpClient client = HttpClient.newHttpClient();

	@TempDir
	Path temp;

	@Test
	void candidatesAndNewPccsWalkTheProgrammeAcrossARestart() throws Exception {
		List<Topic> topics = OnboardingFile.read(PROGRAMME);
		List<Topic> publicTopics = topics.stream().filter(t -> t.audience() == Topic.Audience.PUBLIC).toList();
		List<Topic> staffTopics = topics.stream().filter(t -> t.audience() == Topic.Audience.STAFF).toList();
		assertThat(staffTopics).as("the sample programme has a staff topic").isNotEmpty();
		String candidate = "cand-" + UUID.randomUUID();
		String pcc = "pcc-1";
		String candidateChat = chat();
		String pccChat = chat();
		Map<String, Audience> corpusTitles;

		try (ConfigurableApplicationContext first = start()) {
			corpusTitles = indexed(first);
			assertThat(corpusTitles).containsValue(Audience.STAFF);
			int port = port(first);
			scheduleAMeeting(port);

			// A candidate, welcomed by the help card, presses "I'm new: start here"...
			post(port, RunningQuorum.message(candidateChat, candidate, "help"));
			JsonNode welcome = card(awaitReply(candidateChat, "What I can do"));
			assertThat(actions(welcome)).contains("I'm new: start here");
			post(port, invoke(candidateChat, candidate, "onboarding.start", Map.of()));
			// ... and walks every public topic, never a staff one.
			List<JsonNode> seen = walk(port, candidateChat, candidate, publicTopics, 0, corpusTitles,
					Set.of(Audience.PUBLIC));
			JsonNode end = card(awaitReply(candidateChat, "You have been through every topic"));
			assertThat(actions(end)).containsExactly("Start over");
			List<String> staffTitles = titles(corpusTitles, Audience.STAFF);
			for (JsonNode topicCard : seen) {
				assertThat(topicCard.toString()).doesNotContain(staffTitles)
					.doesNotContain(staffTopics.stream().map(Topic::title).toList())
					.doesNotContain("Your first year");
			}
			// Asking within a topic keeps to published documents too.
			post(port, invoke(candidateChat, candidate, "onboarding.ask",
					Map.of("topic", "statutory-officers", "question", "Can the victims contract be extended?")));
			String answer = awaitReply(candidateChat, "Can the victims contract be extended?");
			assertThat(answer).doesNotContain(staffTitles).doesNotContain("31 March 2027");
			post(port, invoke(candidateChat, candidate, "onboarding.ask", Map.of("topic", "statutory-officers")));
			assertThat(awaitReply(candidateChat, "in the box first")).contains("Type a question about the statutory");

			// The new PCC types "I'm new" and goes through three topics before stopping.
			post(port, RunningQuorum.message(pccChat, pcc, "I'm new"));
			walk(port, pccChat, pcc, topics.subList(0, 3), 0, corpusTitles, Set.of(Audience.PUBLIC, Audience.STAFF));
			awaitReply(pccChat, "Topic 4 of " + topics.size() + " (3 done)");

			// The first year as a calendar: a PCC may download it, a candidate may not.
			HttpResponse<String> ics = get(port, FirstYearController.PATH, pcc);
			assertThat(ics.statusCode()).isEqualTo(200);
			assertThat(ics.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
			checkCalendar(ics.body());
			assertThat(get(port, FirstYearController.PATH, candidate).statusCode()).isEqualTo(403);
		}

		// Quorum restarts on the same data: progress is still there.
		try (ConfigurableApplicationContext second = start()) {
			indexed(second);
			int port = port(second);
			String pccAgain = chat();
			post(port, RunningQuorum.message(pccAgain, pcc, "start"));
			walk(port, pccAgain, pcc, topics.subList(3, topics.size()), 3, corpusTitles,
					Set.of(Audience.PUBLIC, Audience.STAFF));
			awaitReply(pccAgain, "You have been through every topic");
			// A new PCC gets their first year with the end of the programme.
			JsonNode year = card(awaitReply(pccAgain, "Counted from polling day"));
			assertThat(year.toString()).contains("Monday 8 May 2028", "Thursday 1 February 2029",
					"Police Accountability Forum");
			assertThat(year.toString()).contains("/api/onboarding/first-year.ics");

			String candidateAgain = chat();
			post(port, RunningQuorum.message(candidateAgain, candidate, "start"));
			awaitReply(candidateAgain, "You have been through every topic");
			post(port, RunningQuorum.message(candidateAgain, candidate, "start over"));
			JsonNode first = card(awaitReply(candidateAgain, "Topic 1 of " + publicTopics.size() + "."));
			assertThat(texts(first)).first().isEqualTo(publicTopics.get(0).title());
			// "I'm" and anything but "new" is a question for Ask, as typed.
			post(port, RunningQuorum.message(candidateAgain, candidate, "I'm wondering who sets the precept"));
			JsonNode asked = card(awaitReply(candidateAgain, "wondering who sets the precept"));
			assertThat(actions(asked)).contains("Helpful");
			assertThat(texts(asked).get(0)).isEqualTo("I'm wondering who sets the precept");
		}
	}

	/**
	 * Expects the topics' cards in order, the first already asked for, pressing "Next
	 * topic" on each; checks every question is answered with a citation of a sample
	 * document the reader may see.
	 */
	private List<JsonNode> walk(int port, String chat, String user, List<Topic> topics, int before,
			Map<String, Audience> corpusTitles, Set<Audience> readable) throws Exception {
		List<JsonNode> cards = new ArrayList<>();
		int total = before + topics.size();
		List<String> allowedTitles = corpusTitles.entrySet()
			.stream()
			.filter(entry -> readable.contains(entry.getValue()))
			.map(Map.Entry::getKey)
			.toList();
		for (int i = 0; i < topics.size(); i++) {
			Topic topic = topics.get(i);
			int position = before + i + 1;
			JsonNode card = card(awaitReply(chat, "Topic " + position + " of "));
			List<String> texts = texts(card);
			assertThat(texts.get(0)).isEqualTo(topic.title());
			assertThat(texts.get(1)).startsWith("Topic " + position + " of ");
			for (String question : topic.questions()) {
				int at = texts.indexOf("**" + question + "**");
				assertThat(at).as("%s is on the card of %s", question, topic.id()).isPositive();
				String citation = texts.get(at + 2);
				assertThat(citation).as("the answer to %s cites a sample document", question)
					.startsWith("[1] ")
					.satisfies(cited -> assertThat(allowedTitles).anyMatch(title -> cited.startsWith("[1] " + title)));
			}
			assertThat(actions(card)).contains("Ask about this", "Next topic");
			cards.add(card);
			post(port, invoke(chat, user, "onboarding.next", Map.of("topic", topic.id())));
		}
		assertThat(total).isPositive();
		return cards;
	}

	private static void checkCalendar(String ics) throws Exception {
		for (String line : ics.split("\r\n")) {
			assertThat(line.getBytes(StandardCharsets.UTF_8).length).as("RFC 5545 3.1: %s", line)
				.isLessThanOrEqualTo(75);
		}
		assertThat(ics).endsWith("\r\n").doesNotContain("\r\n\n").doesNotContainPattern("[^\r]\n");
		Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(ics.getBytes(StandardCharsets.UTF_8)));
		// ical4j's RFC 5546 (PUBLISH) rules on the calendar, RFC 5545's on each event
		List<String> problems = new ArrayList<>(errors(calendar.validate()));
		List<VEvent> events = calendar.getComponents(Component.VEVENT);
		for (VEvent event : events) {
			problems.addAll(errors(event.validate()));
		}
		assertThat(problems).as("ical4j's validation").isEmpty();
		List<String> summaries = events.stream()
			.map(event -> event.<Property>getProperty(Property.SUMMARY).map(Property::getValue).orElse(""))
			.collect(Collectors.toList());
		assertThat(summaries).contains("Taking office: declaration of acceptance of office", "Precept issued",
				"Police Accountability Forum");
		assertThat(ics).contains("DTSTART;VALUE=DATE:20280508", "DTSTART;VALUE=DATE:20290201",
				"DTSTART;VALUE=DATE:20290301");
	}

	private static List<String> errors(ValidationResult result) {
		return result.getEntries()
			.stream()
			.filter(entry -> entry.getSeverity() == ValidationEntry.Severity.ERROR)
			.map(entry -> entry.getContext() + ": " + entry.getMessage())
			.toList();
	}

	private ConfigurableApplicationContext start() {
		String standIn = MicrosoftStandIn.baseUrl();
		return SpringApplication.run(QuorumApplication.class, "--server.port=0", "--spring.profiles.active=test",
				"--quorum.store.in-memory=false", "--quorum.store.data-dir=" + temp.resolve("data"),
				"--quorum.knowledge.index-dir=" + temp.resolve("index"), "--quorum.knowledge.corpus-dir=" + CORPUS,
				"--quorum.onboarding.file=" + PROGRAMME, "--quorum.onboarding.polling-day=2028-05-04",
				"--quorum.graph.base-url=" + standIn + MicrosoftStandIn.GRAPH,
				"--spring.security.oauth2.client.provider.graph.token-uri=" + standIn
						+ MicrosoftStandIn.GRAPH_TOKEN_PATH,
				"--BotOpenIdMetadata=" + standIn + MicrosoftStandIn.BOT_METADATA);
	}

	/**
	 * Waits for the corpus to be read; answers each sample document's title and audience.
	 */
	private static Map<String, Audience> indexed(ConfigurableApplicationContext app) {
		KnowledgeService knowledge = app.getBean(KnowledgeService.class);
		await().atMost(Duration.ofMinutes(3)).until(() -> knowledge.documents(List.of(Audience.values())).size() == 8);
		Map<String, Audience> titles = new HashMap<>();
		for (IndexedDocument document : knowledge.documents(List.of(Audience.values()))) {
			assertThat(document.source()).startsWith("corpus:");
			titles.put(document.title(), document.audience());
		}
		return titles;
	}

	private static List<String> titles(Map<String, Audience> titles, Audience audience) {
		return titles.entrySet().stream().filter(e -> e.getValue() == audience).map(Map.Entry::getKey).toList();
	}

	/** A PAF meeting some weeks ahead, for the first year's next meetings. */
	private void scheduleAMeeting(int port) throws Exception {
		LocalDate day = LocalDate.now().plusWeeks(6);
		for (int tries = 0; tries < 6; tries++, day = day.plusWeeks(1)) {
			LocalDate wednesday = day.with(java.time.temporal.TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
			String body = JSON
				.writeValueAsString(Map.of("board", "PAF", "start", wednesday + "T14:00", "end", wednesday + "T16:00"));
			HttpResponse<String> response = client.send(HttpRequest.newBuilder(url(port, "/api/meetings"))
				.header("Content-Type", "application/json")
				.header("X-Quorum-User", "sec-1")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() == 201) {
				return;
			}
		}
		throw new AssertionError("no PAF meeting could be scheduled");
	}

	private HttpResponse<String> get(int port, String path, String user) throws Exception {
		return client.send(HttpRequest.newBuilder(url(port, path)).header("X-Quorum-User", user).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private void post(int port, Map<String, Object> activity) throws Exception {
		HttpResponse<String> response = client.send(HttpRequest.newBuilder(url(port, "/api/messages"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(activity)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isLessThan(300);
	}

	private static URI url(int port, String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

	private static int port(ConfigurableApplicationContext app) {
		return Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
	}

	private static String chat() {
		return "personal-" + UUID.randomUUID();
	}

	private static Map<String, Object> invoke(String conversation, String user, String verb, Map<String, Object> data) {
		Map<String, Object> activity = RunningQuorum.message(conversation, user, null);
		Map<String, Object> payload = new HashMap<>(data);
		payload.put("verb", verb);
		activity.put("type", "invoke");
		activity.put("name", "adaptiveCard/action");
		activity.put("value", Map.of("action", Map.of("type", "Action.Execute", "verb", verb, "data", payload)));
		return activity;
	}

	/** The first reply in the conversation containing the text, waiting for it. */
	private static String awaitReply(String conversation, String containing) {
		return await().atMost(Duration.ofSeconds(60))
			.until(() -> MicrosoftStandIn.server()
				.findAll(postRequestedFor(urlPathMatching("/v3/conversations/.*/activities.*")))
				.stream()
				.filter(r -> r.getUrl().contains(conversation))
				.map(LoggedRequest::getBodyAsString)
				.filter(b -> b.contains(JSON.valueToTree(containing).toString().replaceAll("^\"|\"$", "")))
				.findFirst()
				.orElse(null), body -> body != null);
	}

	private static JsonNode card(String activity) throws Exception {
		return JSON.readTree(activity).get("attachments").get(0).get("content");
	}

	private static List<String> texts(JsonNode card) {
		List<String> texts = new ArrayList<>();
		card.get("body").forEach(element -> {
			if ("TextBlock".equals(element.get("type").asText())) {
				texts.add(element.get("text").asText());
			}
		});
		return texts;
	}

	private static List<String> actions(JsonNode card) {
		List<String> titles = new ArrayList<>();
		card.path("actions").forEach(action -> titles.add(action.get("title").asText()));
		return titles;
	}

}
