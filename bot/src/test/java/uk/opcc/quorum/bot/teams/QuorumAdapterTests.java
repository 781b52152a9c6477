package uk.opcc.quorum.bot.teams;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.connector.ConnectorClient;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/** Replies to one Teams host are not held to OkHttp's default of five at a time. */
class QuorumAdapterTests {

	@Test
	void keepsMoreThanFiveRequestsInFlightToOneHost() throws Exception {
		int together = 8;
		CountDownLatch arrived = new CountDownLatch(together);
		AtomicInteger sawAllInFlight = new AtomicInteger();
		ExecutorService threads = Executors.newFixedThreadPool(together + 2);
		HttpServer teams = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
		teams.setExecutor(threads);
		// Each request is answered only once all of them have arrived, or after ten
		// seconds: with a limit of five
		// in flight the first five time out before the others are even sent.
		teams.createContext("/", exchange -> {
			exchange.getRequestBody().readAllBytes();
			arrived.countDown();
			try {
				if (arrived.await(10, TimeUnit.SECONDS)) {
					sawAllInFlight.incrementAndGet();
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			byte[] body = "{\"id\":\"sent\"}".getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
		teams.start();
		try {
			QuorumAdapter adapter = new QuorumAdapter(
					new BotAdapterConfiguration.EnvironmentConfiguration(new MockEnvironment()), 16);
			ConnectorClient client = adapter
				.getOrCreateConnectorClient("http://127.0.0.1:" + teams.getAddress().getPort() + "/", null)
				.join();

			List<CompletableFuture<?>> sent = IntStream.range(0, together)
				.<CompletableFuture<?>>mapToObj(i -> client.getConversations()
					.sendToConversation("conversation-1", MessageFactory.text("Reply " + i)))
				.toList();
			CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);

			assertThat(sawAllInFlight).hasValue(together);
			assertThat(
					adapter.getOrCreateConnectorClient("http://127.0.0.1:" + teams.getAddress().getPort() + "/", null)
						.join())
				.as("one client per service URL")
				.isSameAs(client);
			assertThat(adapter.getOrCreateConnectorClient("not a url", null)).isCompletedExceptionally();
		}
		finally {
			teams.stop(0);
			threads.shutdownNow();
		}
	}

}
