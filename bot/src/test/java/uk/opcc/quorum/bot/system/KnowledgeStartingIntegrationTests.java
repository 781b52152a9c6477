package uk.opcc.quorum.bot.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

import uk.opcc.quorum.QuorumApplication;
import uk.opcc.quorum.knowledge.KnowledgeStarting;
import uk.opcc.quorum.knowledge.embed.LocalEmbeddingModel;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Quorum serves as soon as it has started; the document index follows in the background
 * (the embedding model loads, then the corpus folder is read). Meanwhile
 * {@code /actuator/health} and liveness are UP, readiness is OUT_OF_SERVICE, and a
 * question is told to try again in a few seconds, on the REST API (503 with Retry-After)
 * and in the chat; then readiness turns UP and the same question is answered. Here the
 * model's loading is held by the test until it has looked, so nothing depends on timing.
 */
class KnowledgeStartingIntegrationTests {

	private static final String QUESTION = "What does the Police and Crime Panel do?";

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@TempDir
	Path temp;

	private int port;

	@Test
	void servesAtOnceAndIsReadyOnceTheIndexIs() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		LocalEmbeddingModel held = new LocalEmbeddingModel(Duration.ZERO, () -> {
			try {
				release.await();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("stopped while held", ex);
			}
			return LocalEmbeddingModel.E5.get();
		});
		SpringApplication application = new SpringApplication(QuorumApplication.class);
		// a definition registered before the configuration is read takes the place of
		// the knowledge module's own model (hence overriding allowed)
		application.addInitializers(context -> ((GenericApplicationContext) context)
			.registerBean("quorumEmbeddingModel", LocalEmbeddingModel.class, () -> held));
		try (ConfigurableApplicationContext quorum = application.run("--server.port=0", "--server.address=127.0.0.1",
				"--spring.main.allow-bean-definition-overriding=true",
				"--quorum.store.data-dir=" + temp.resolve("data"), "--quorum.knowledge.corpus-dir=" + sampleCorpus())) {
			assertThat(quorum.getBean("quorumEmbeddingModel")).isSameAs(held);
			port = quorum.getEnvironment().getRequiredProperty("local.server.port", Integer.class);

			HttpResponse<String> health = get("/actuator/health");
			assertStatus(health, 200, "UP");
			assertThat(health.body()).contains("\"groups\":[\"liveness\",\"readiness\"]");
			assertStatus(get("/actuator/health/liveness"), 200, "UP");
			assertStatus(get("/actuator/health/readiness"), 503, "OUT_OF_SERVICE");
			HttpResponse<String> early = ask();
			assertThat(early.statusCode()).isEqualTo(503);
			assertThat(early.headers().firstValue("Retry-After")).hasValue("5");
			assertThat(early.headers().firstValue("Content-Type")).hasValue("application/problem+json");
			assertThat(early.body()).contains(KnowledgeStarting.MESSAGE);
			assertThat(chatReply(QUESTION)).contains(KnowledgeStarting.MESSAGE);

			release.countDown();
			Awaitility.await()
				.atMost(Duration.ofMinutes(2))
				.pollInterval(Duration.ofMillis(200))
				.until(() -> get("/actuator/health/readiness").statusCode() == 200);
			assertStatus(get("/actuator/health/readiness"), 200, "UP");
			HttpResponse<String> later = ask();
			assertThat(later.statusCode()).isEqualTo(200);
			assertThat(later.body()).contains("\"grounded\":true").doesNotContain(KnowledgeStarting.MESSAGE);
		}
		finally {
			release.countDown();
		}
	}

	private static void assertStatus(HttpResponse<String> response, int code, String status) {
		assertThat(response.statusCode()).as(response.uri() + " " + response.body()).isEqualTo(code);
		assertThat(response.body()).as(response.uri().toString()).contains("\"status\":\"" + status + "\"");
	}

	private HttpResponse<String> ask() throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(uri("/api/knowledge/ask"))
			.header("Content-Type", "application/json")
			.header("X-Quorum-User", "staff-1")
			.POST(HttpRequest.BodyPublishers.ofString("{\"question\": \"" + QUESTION + "\"}")));
	}

	/** What the chat page shows after the text is sent in a new conversation. */
	private String chatReply(String text) throws IOException, InterruptedException {
		String started = send(
				HttpRequest.newBuilder(uri("/chat/api/conversations")).POST(HttpRequest.BodyPublishers.noBody()))
			.body();
		String id = started.replaceAll(".*\"conversationId\":\"([^\"]+)\".*", "$1");
		HttpResponse<String> said = send(HttpRequest.newBuilder(uri("/chat/api/conversations/" + id + "/activities"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"" + text + "\", \"role\": \"staff\"}")));
		assertThat(said.statusCode()).as(said.body()).isEqualTo(200);
		URI replies = uri("/chat/api/conversations/" + id + "/activities");
		return Awaitility.await()
			.atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> send(HttpRequest.newBuilder(replies).GET()).body(), body -> body.contains("\"text\""));
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(uri(path)).GET());
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

	/** The sample corpus README's command indexes, from the repository root. */
	private static String sampleCorpus() {
		return Path.of("..", "config", "corpus").toAbsolutePath().normalize().toString();
	}

}
