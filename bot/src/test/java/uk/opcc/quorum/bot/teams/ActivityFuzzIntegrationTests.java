package uk.opcc.quorum.bot.teams;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import uk.opcc.quorum.bot.MicrosoftStandIn;
import uk.opcc.quorum.bot.QuorumIntegrationTest;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Posts mutated activities at {@code /api/messages}, as a careless or hostile caller
 * might: each generated from a valid activity of some type by dropping fields, putting
 * nulls in lists, changing the kind of a value, very long strings, control characters,
 * bad URLs, invalid UTF-8 and unknown types. Whatever arrives, Quorum answers 2xx, 400,
 * 401 or 413, never 500, stays healthy, and logs neither a stack trace nor a worker's
 * uncaught exception.
 *
 * <p>
 * jqwik is not used: its engine does start on JUnit Platform 6, but its author asks that
 * coding agents not use it, and a property would not get Spring's test context without
 * jqwik-spring. Cases come from a seeded {@link Random} instead: case {@code n} of a run
 * uses seed {@code base + n}, so a failing case is replayed alone by adding its seed to
 * {@link #regressionSeeds}. 1,000 cases in every build ({@code -Dquorum.fuzz.tries=},
 * from a fixed seed); with {@code -Pbenchmark}, 10,000 from a new seed
 * ({@code -Dquorum.fuzz.seed=} to replay one).
 */
@QuorumIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ActivityFuzzIntegrationTests {

	private static final Set<Integer> ALLOWED = Set.of(400, 401, 413);

	private static final ObjectMapper json = new ObjectMapper();

	static final WireMockServer connector = MicrosoftStandIn.server();

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("botWork")
	ThreadPoolTaskExecutor work;

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	@BeforeEach
	void connectorAcceptsEverything() {
		MicrosoftStandIn.reset();
	}

	@Test
	void mutatedActivitiesNeverFailTheServer(CapturedOutput output) throws Exception {
		fuzz(Integer.getInteger("quorum.fuzz.tries", 1_000), seed("20261129"), output);
	}

	/** The long run, for new cases: a new seed each time unless one is given. */
	@Test
	@Tag("benchmark")
	void tenThousandMutatedActivitiesNeverFailTheServer(CapturedOutput output) throws Exception {
		fuzz(10_000, seed("random"), output);
	}

	private static long seed(String otherwise) {
		String given = System.getProperty("quorum.fuzz.seed", "");
		String seed = given.isBlank() ? otherwise : given.strip();
		return seed.equals("random") ? new java.security.SecureRandom().nextLong() : Long.parseLong(seed);
	}

	private void fuzz(int tries, long base, CapturedOutput output) throws Exception {
		Locale before = Locale.getDefault();
		List<String> failures = new ArrayList<>();
		Map<Integer, Integer> statuses = new java.util.TreeMap<>();
		for (int n = 0; n < tries && failures.size() < 20; n++) {
			String failure = check(base + n, statuses);
			if (failure != null) {
				failures.add(failure);
			}
		}
		// how many cases got past the checks matters as much as how many were refused:
		// print it with the seed
		System.out.println("Fuzzed " + tries + " activities from seed " + base + ", answered " + statuses);
		assertThat(failures).as("cases that failed, with their seeds").isEmpty();
		quiet(output, before);
	}

	/** Every seed that once failed, replayed alone. */
	@ParameterizedTest
	@ValueSource(longs = { 20261286L, // serviceUrl with port 99999: URI accepts it, the
										// connector's client threw in the request
			20261495L, 20261774L, // the same, on a trace and a conversationUpdate
	})
	void regressionSeeds(long seed, CapturedOutput output) throws Exception {
		Locale before = Locale.getDefault();
		assertThat(check(seed, new java.util.HashMap<>())).isNull();
		quiet(output, before);
	}

	/**
	 * The cases the first fuzzing found, kept as fixtures
	 * (src/test/resources/fuzz/regressions.json).
	 */
	@ParameterizedTest(name = "{0}")
	@MethodSource("regressions")
	void regression(String name, JsonNode fixture, CapturedOutput output) throws Exception {
		byte[] body;
		if (fixture.has("raw")) {
			body = fixture.get("raw").asText().getBytes(StandardCharsets.UTF_8);
		}
		else {
			ObjectNode activity = fixture.has("only") ? (ObjectNode) fixture.get("only").deepCopy()
					: valid("message", new Random(name.hashCode()));
			fixture.path("drop").forEach(field -> activity.remove(field.asText()));
			fixture.path("set")
				.fields()
				.forEachRemaining(field -> activity.set(field.getKey(),
						field.getValue().isTextual() && field.getValue().asText().equals("$LONG_TEXT")
								? JsonNodeFactory.instance.textNode("x".repeat(ActivityCheck.MAX_TEXT + 1))
								: field.getValue()));
			body = json.writeValueAsBytes(activity);
		}
		HttpResponse<String> response = post(body);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(fixture.get("status").asInt());
		assertThat(response.body()).doesNotContain("Exception").doesNotContain("java.");
		if (response.statusCode() == 400) {
			assertThat(response.headers().firstValue("Content-Type"))
				.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
			assertThat(json.readTree(response.body()).path("detail").asText()).endsWith(".");
		}
		quiet(output, Locale.getDefault());
	}

	static Stream<Arguments> regressions() throws IOException {
		try (InputStream in = ActivityFuzzIntegrationTests.class.getResourceAsStream("/fuzz/regressions.json")) {
			List<Arguments> cases = new ArrayList<>();
			json.readTree(in).forEach(fixture -> cases.add(Arguments.of(fixture.get("case").asText(), fixture)));
			return cases.stream();
		}
	}

	@Test
	void invalidUtf8IsRefused(CapturedOutput output) throws Exception {
		byte[] valid = json.writeValueAsBytes(valid("message", new Random(1)));
		for (byte[] bad : List.of(new byte[] { (byte) 0xC3, 0x28 }, new byte[] { (byte) 0xFF },
				new byte[] { (byte) 0xE2, (byte) 0x82 }, new byte[] { (byte) 0xC0, (byte) 0xAF },
				new byte[] { (byte) 0xED, (byte) 0xA0, (byte) 0x80 })) {
			byte[] body = insert(valid, indexOfText(valid), bad);
			HttpResponse<String> response = post(body);
			assertThat(response.statusCode()).isEqualTo(400);
			assertThat(response.body()).contains("not valid UTF-8");
		}
		quiet(output, Locale.getDefault());
	}

	/**
	 * Without a Teams registration no token is checked (only this machine may post), so
	 * tokens that cannot be read are ignored; what they carry never reaches the log or
	 * the answer. With one, BotTokenIntegrationTests and TokenLogIntegrationTests show
	 * them refused.
	 */
	@Test
	void tokensThatCannotBeReadAreIgnoredQuietly(CapturedOutput output) throws Exception {
		byte[] body = json.writeValueAsBytes(valid("message", new Random(3)));
		for (String token : Mutations.TOKENS) {
			HttpResponse<String> response = post(body, token);
			assertThat(response.statusCode()).as(token).isIn(200, 400);
			assertThat(response.body()).doesNotContain("Exception").doesNotContain("forged");
		}
		quiet(output, Locale.getDefault());
	}

	@Test
	void manyMembersAddedAreAcknowledgedAtOnceAndGreetedOnce(CapturedOutput output) throws Exception {
		ObjectNode activity = valid("conversationUpdate", new Random(2));
		// a group chat, so that learning the speaker's address (personal chats only) does
		// not ask Teams either
		((ObjectNode) activity.get("conversation")).put("conversationType", "groupChat");
		ArrayNode members = activity.putArray("membersAdded");
		for (int i = 0; i < 300; i++) {
			members.addObject().put("id", "29:member-" + i);
		}
		members.addObject().put("id", "quorum-bot");
		String conversation = activity.path("conversation").path("id").asText();

		long start = System.nanoTime();
		HttpResponse<String> response = post(json.writeValueAsBytes(activity));
		Duration took = Duration.ofNanos(System.nanoTime() - start);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(took).isLessThan(Duration.ofSeconds(2));
		await().atMost(Duration.ofSeconds(20)).until(() -> !greetings(conversation).isEmpty());
		assertThat(connector.findAll(getRequestedFor(urlPathMatching("/v3/conversations/.*/members/.*")))).isEmpty();
		Thread.sleep(300); // a second greeting would have gone out by now
		assertThat(greetings(conversation)).hasSize(1);
		quiet(output, Locale.getDefault());
	}

	private static List<?> greetings(String conversation) {
		return connector.findAll(postRequestedFor(urlPathMatching("/v3/conversations/.*/activities.*")))
			.stream()
			.filter(request -> request.getUrl().contains(conversation.substring(conversation.length() - 12)))
			.filter(request -> request.getBodyAsString().contains("AdaptiveCard"))
			.toList();
	}

	/**
	 * Posts the case for this seed; null when Quorum answered as it should, else what
	 * went wrong.
	 */
	private String check(long seed, Map<Integer, Integer> statuses) throws Exception {
		Random random = new Random(seed);
		byte[] body = Mutations.body(random);
		HttpResponse<String> response = post(body,
				random.nextInt(10) == 0 ? Mutations.TOKENS.get(random.nextInt(Mutations.TOKENS.size())) : null);
		int status = response.statusCode();
		statuses.merge(status, 1, Integer::sum);
		boolean ok = (status >= 200 && status < 300) || ALLOWED.contains(status);
		boolean leaks = response.body().contains("Exception") || response.body().contains("java.");
		if (ok && !leaks) {
			return null;
		}
		String sent = new String(body, StandardCharsets.UTF_8);
		return "seed " + seed + ": " + status + " " + response.body() + " for "
				+ (sent.length() > 400 ? sent.substring(0, 400) + "..." : sent);
	}

	/**
	 * After the requests, the answers still being sent in the background must finish
	 * quietly too: no stack trace, no exception escaping a worker, health still UP, and
	 * the JVM's default locale untouched (the SDK sets it from every activity's locale).
	 */
	private void quiet(CapturedOutput output, Locale before) throws Exception {
		await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> work.getActiveCount() == 0 && work.getThreadPoolExecutor().getQueue().isEmpty());
		HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(base() + "/actuator/health")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(json.readTree(health.body()).path("status").asText()).isEqualTo("UP");
		String log = output.getAll();
		assertThat(log).doesNotContain("\tat ")
			.doesNotContain("Exception in thread")
			.doesNotContain("failed unexpectedly");
		assertThat(log.lines().filter(line -> line.contains("forged line")).toList()).isEmpty();
		// expected trouble in the background (a connector that refuses) is a WARN line;
		// an ERROR there is a fault
		assertThat(log.lines().filter(line -> line.contains(" ERROR ") && line.contains("quorum-bot-")).toList())
			.isEmpty();
		assertThat(Locale.getDefault()).isEqualTo(before);
	}

	HttpResponse<String> post(byte[] body) throws IOException, InterruptedException {
		return post(body, null);
	}

	HttpResponse<String> post(byte[] body, String authorization) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + "/api/messages"))
			.header("Content-Type", "application/json")
			.timeout(Duration.ofSeconds(30))
			.POST(HttpRequest.BodyPublishers.ofByteArray(body));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private String base() {
		return "http://127.0.0.1:" + port;
	}

	/**
	 * A valid activity of the type, as Teams would send it, with ids drawn from
	 * {@code random}.
	 */
	static ObjectNode valid(String type, Random random) {
		ObjectNode activity = JsonNodeFactory.instance.objectNode();
		String conversation = "personal-" + new UUID(random.nextLong(), random.nextLong());
		activity.put("type", type);
		activity.put("id", new UUID(random.nextLong(), random.nextLong()).toString());
		activity.put("channelId", "msteams");
		activity.put("serviceUrl", connector.baseUrl() + "/");
		activity.put("timestamp", "2026-11-29T10:00:00.000Z");
		activity.put("locale", "en-GB");
		activity.putObject("from").put("id", "29:staff-1").put("name", "Staff One").put("aadObjectId", "staff-1");
		activity.putObject("recipient").put("id", "quorum-bot").put("name", "Quorum");
		activity.putObject("conversation")
			.put("id", conversation)
			.put("conversationType", "personal")
			.put("tenantId", "tenant-opcc");
		activity.putObject("channelData").putObject("tenant").put("id", "tenant-opcc");
		switch (type) {
			case "message" -> {
				activity.put("text", "<at>Quorum</at> help");
				activity.putArray("entities")
					.addObject()
					.put("type", "mention")
					.put("text", "<at>Quorum</at>")
					.putObject("mentioned")
					.put("id", "quorum-bot")
					.put("name", "Quorum");
			}
			case "invoke" -> {
				activity.put("name", "adaptiveCard/action");
				ObjectNode action = activity.putObject("value").putObject("action");
				action.put("type", "Action.Execute").put("verb", "ask.feedback");
				action.putObject("data").put("verb", "ask.feedback").put("useful", true);
			}
			case "conversationUpdate" -> activity.putArray("membersAdded").addObject().put("id", "quorum-bot");
			case "messageReaction" -> {
				activity.put("replyToId", "answer-1");
				activity.putArray("reactionsAdded").addObject().put("type", "like");
			}
			case "event" -> activity.put("name", "application/vnd.microsoft.meetingStart");
			case "installationUpdate" -> activity.put("action", "add");
			default -> {
			}
		}
		return activity;
	}

	private static int indexOfText(byte[] body) {
		String text = new String(body, StandardCharsets.UTF_8);
		return text.indexOf("help");
	}

	static byte[] insert(byte[] body, int at, byte[] bytes) {
		byte[] out = new byte[body.length + bytes.length];
		System.arraycopy(body, 0, out, 0, at);
		System.arraycopy(bytes, 0, out, at, bytes.length);
		System.arraycopy(body, at, out, at + bytes.length, body.length - at);
		return out;
	}

	/**
	 * The mutations: each case is a valid activity of a random type with one to three of
	 * them applied.
	 */
	static final class Mutations {

		private static final List<String> TYPES = List.of("message", "message", "message", "invoke", "invoke",
				"conversationUpdate", "messageReaction", "event", "installationUpdate", "typing", "endOfConversation",
				"messageUpdate", "messageDelete", "trace", "handoff", "command", "suggestion", "deleteUserData");

		private static final List<String> WEIRD_STRINGS = List.of("", " ", "\n", "a\nforged line", "a\r\nforged line",
				"\u0000", "\u001b[31m", "\u202e", "\ud800", "\udc00x", "(", "<at>(</at>", "((a+)+)+$", "%s%n",
				"${jndi:ldap://127.0.0.1:1/x}", "1.5", "null", "-1", "\u00e9\u4e2d\ud83d\ude00", "../../etc/passwd");

		private static final List<String> SERVICE_URLS = List.of("ftp://127.0.0.1/", "http://127.0.0.1:1/",
				"https://127.0.0.1:1/", "", " ", "not a url", "http://", "javascript:alert(1)", "http://[::1",
				"file:///etc/passwd", "//127.0.0.1/", "http://127.0.0.1:99999/", "mailto:a@b");

		private static final List<String> NAMES = List.of("adaptiveCard/action", "composeExtension/query", "task/fetch",
				"signin/verifyState", "signin/tokenExchange", "fileConsent/invoke",
				"application/vnd.microsoft.meetingStart", "application/vnd.microsoft.meetingEnd", "tokens/response",
				"actionableMessage/executeAction", "tab/fetch", "x");

		private static final List<String> CHANNELS = List.of("msteams", "emulator", "directline", "webchat",
				"quorum-chat", "slack");

		/**
		 * Authorization headers that are not Bot Framework tokens: not JWTs, JWTs whose
		 * parts are not JSON, and JWTs whose decoded header holds a line break. No issuer
		 * is one the SDK trusts (see tokensThatCannotBeReadAreRefusedQuietly).
		 */
		static final List<String> TOKENS = List.of("Bearer", "Bearer x", "Basic dXNlcjpwYXNz", "Bearer a.b.c",
				"Bearer " + jwt("{\"alg\":\"RS256\",\"kid\":\"k\\n2026-01-01 ERROR forged line\"}",
						"{\"iss\":\"https://issuer.invalid\"}"),
				"Bearer " + jwt("not json\nforged line", "{}"), "Bearer " + jwt("{}", "[1,\n forged line"),
				"Bearer " + jwt("{\"alg\":\"none\"}", "{\"iss\":\"https://issuer.invalid\\nforged line\"}"));

		private static String jwt(String header, String payload) {
			java.util.Base64.Encoder base64 = java.util.Base64.getUrlEncoder().withoutPadding();
			return base64.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
					+ base64.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + ".c2ln";
		}

		private Mutations() {
		}

		static byte[] body(Random random) throws IOException {
			ObjectNode activity = valid(TYPES.get(random.nextInt(TYPES.size())), random);
			int mutations = 1 + random.nextInt(3);
			for (int i = 0; i < mutations; i++) {
				mutate(activity, random);
			}
			byte[] body = json.writeValueAsBytes(activity);
			return switch (random.nextInt(20)) {
				case 0 -> insert(body, random.nextInt(body.length), badUtf8(random));
				case 1 -> java.util.Arrays.copyOf(body, random.nextInt(body.length));
				default -> body;
			};
		}

		private static byte[] badUtf8(Random random) {
			List<byte[]> bad = List.of(new byte[] { (byte) 0xFF }, new byte[] { (byte) 0xC3, 0x28 },
					new byte[] { (byte) 0xE2, (byte) 0x82 }, new byte[] { (byte) 0xC0, (byte) 0xAF },
					new byte[] { (byte) 0xED, (byte) 0xA0, (byte) 0x80 }, new byte[] { (byte) 0xF8, (byte) 0x88 });
			return bad.get(random.nextInt(bad.size()));
		}

		private static void mutate(ObjectNode activity, Random random) {
			switch (random.nextInt(15)) {
				case 0 -> {
					ContainerField field = anyField(activity, random);
					if (field != null) {
						field.parent().remove(field.name());
					}
				}
				case 1 -> {
					ContainerField field = anyField(activity, random);
					if (field != null) {
						field.parent().putNull(field.name());
					}
				}
				case 2 -> {
					ContainerField field = anyField(activity, random);
					if (field != null) {
						field.parent().set(field.name(), wrongKind(random));
					}
				}
				case 3 -> {
					ContainerField field = anyField(activity, random);
					if (field != null) {
						field.parent().put(field.name(), "x".repeat(random.nextBoolean() ? 50_000 : 300_000));
					}
				}
				case 4 -> {
					ContainerField field = anyField(activity, random);
					if (field != null) {
						String weird = WEIRD_STRINGS.get(random.nextInt(WEIRD_STRINGS.size()));
						field.parent().put(field.name(), random.nextBoolean() ? weird : "id-" + weird + "-id");
					}
				}
				case 5 -> activity.put("serviceUrl", SERVICE_URLS.get(random.nextInt(SERVICE_URLS.size())));
				case 6 ->
					activity.put("type", random.nextBoolean() ? WEIRD_STRINGS.get(random.nextInt(WEIRD_STRINGS.size()))
							: TYPES.get(random.nextInt(TYPES.size())));
				case 7 -> {
					String list = List
						.of("entities", "attachments", "membersAdded", "membersRemoved", "reactionsAdded",
								"reactionsRemoved", "listenFor", "textHighlights")
						.get(random.nextInt(8));
					ArrayNode items = activity.has(list) && activity.get(list).isArray()
							? (ArrayNode) activity.get(list) : activity.putArray(list);
					switch (random.nextInt(4)) {
						case 0 -> items.addNull();
						case 1 -> items.add(wrongKind(random));
						case 2 -> items.addObject();
						default -> {
							int count = random.nextInt(400);
							for (int i = 0; i < count; i++) {
								items.addObject().put("id", "29:m-" + i).put("type", "like");
							}
						}
					}
				}
				case 8 -> activity.put("name", NAMES.get(random.nextInt(NAMES.size())));
				case 9 ->
					activity.put("locale", List.of("1.5", "en_GB", "", "x-", "en-GB", "tr", "zz-ZZZZZZZZZ", "root")
						.get(random.nextInt(8)));
				case 10 -> activity.put("channelId", CHANNELS.get(random.nextInt(CHANNELS.size())));
				case 11 -> {
					ObjectNode conversation = activity.get("conversation") instanceof ObjectNode object ? object
							: activity.putObject("conversation");
					conversation.put("tenantId", random.nextBoolean() ? "tenant-elsewhere" : "");
				}
				case 12 -> activity.set("value", wrongKind(random));
				case 13 -> {
					ObjectNode attachment = activity.putArray("attachments").addObject();
					attachment.put(
							"contentType", List
								.of("application/vnd.microsoft.teams.file.download.info", "image/png", "text/html",
										"application/vnd.microsoft.card.adaptive")
								.get(random.nextInt(4)));
					if (random.nextBoolean()) {
						attachment.set("content",
								random.nextBoolean() ? wrongKind(random)
										: JsonNodeFactory.instance.objectNode()
											.put("downloadUrl", SERVICE_URLS.get(random.nextInt(SERVICE_URLS.size())))
											.set("fileType", wrongKind(random)));
					}
					if (random.nextBoolean()) {
						attachment.put("contentUrl", SERVICE_URLS.get(random.nextInt(SERVICE_URLS.size())));
					}
					if (random.nextBoolean()) {
						attachment.put("name", WEIRD_STRINGS.get(random.nextInt(WEIRD_STRINGS.size())));
					}
				}
				default -> {
					ArrayNode entities = activity.putArray("entities");
					ObjectNode mention = entities.addObject().put("type", random.nextBoolean() ? "mention" : "Mention");
					mention.put("text", WEIRD_STRINGS.get(random.nextInt(WEIRD_STRINGS.size())));
					if (random.nextBoolean()) {
						mention.putObject("mentioned")
							.put("id", random.nextBoolean() ? "quorum-bot" : "other")
							.put("name", WEIRD_STRINGS.get(random.nextInt(WEIRD_STRINGS.size())));
					}
				}
			}
		}

		private static JsonNode wrongKind(Random random) {
			JsonNodeFactory nodes = JsonNodeFactory.instance;
			return switch (random.nextInt(6)) {
				case 0 -> nodes.numberNode(random.nextInt());
				case 1 -> nodes.booleanNode(random.nextBoolean());
				case 2 -> nodes.arrayNode().add(1).addNull();
				case 3 -> nodes.objectNode().put("x", 1);
				case 4 -> nodes.textNode("x");
				default -> nodes.numberNode(1.5);
			};
		}

		/** A field somewhere in the activity, at any depth, picked uniformly. */
		private static ContainerField anyField(ObjectNode activity, Random random) {
			List<ContainerField> fields = new ArrayList<>();
			collect(activity, fields);
			return fields.isEmpty() ? null : fields.get(random.nextInt(fields.size()));
		}

		private static void collect(JsonNode node, List<ContainerField> fields) {
			if (node instanceof ObjectNode object) {
				for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext();) {
					Map.Entry<String, JsonNode> field = it.next();
					fields.add(new ContainerField(object, field.getKey()));
					collect(field.getValue(), fields);
				}
			}
			else if (node instanceof ArrayNode array) {
				array.forEach(item -> collect(item, fields));
			}
		}

	}

	record ContainerField(ObjectNode parent, String name) {
	}

}
