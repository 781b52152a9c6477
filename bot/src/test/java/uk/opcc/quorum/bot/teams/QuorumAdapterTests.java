package uk.opcc.quorum.bot.teams;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.connector.ConnectorClient;
import com.microsoft.bot.restclient.serializer.JacksonAdapter;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.ConversationAccount;
import com.microsoft.bot.schema.ConversationReference;
import com.microsoft.bot.schema.Mention;
import com.microsoft.bot.schema.teams.TeamsChannelAccount;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

import uk.opcc.quorum.bot.card.Card;
import uk.opcc.quorum.bot.command.BotMessage;
import uk.opcc.quorum.bot.command.BotReply;
import uk.opcc.quorum.bot.command.FileOffer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Replies to one Teams host are not held to OkHttp's default of five at a time, and are
 * written as the SDK would write them.
 */
class QuorumAdapterTests {

	private static final ObjectMapper READ = new ObjectMapper();

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

	/**
	 * The connector's JSON without the SDK's flattening serializer is the JSON the SDK
	 * writes, for every kind of activity Quorum sends, and reads Teams' answers alike.
	 */
	@Test
	void writesActivitiesAsTheSdkDoes() throws Exception {
		Card card = Card.create()
			.heading("What I can do")
			.subtle("You are signed in as Staff.")
			.text("**Meetings**\n\n\u201cwhen is the next SGB?\u201d")
			.facts(Map.of("Board", "SGB"))
			.action("Try: when is the next SGB?", "help.try", Map.of("text", "when is the next SGB?"))
			.action("I'm new: start here", "onboarding.start", Map.of());
		List<Activity> sent = new ArrayList<>(Replies.toActivities(BotReply.of(new BotMessage("Here it is.", card),
				new BotMessage("Minutes", null, new FileOffer("minutes", "m-1", "minutes.docx", "The minutes", 2048)),
				new BotMessage("Plain text with \"quotes\" and \u00e9", null, null))));
		sent.add(Activity.createTypingActivity());
		Activity addressed = MessageFactory.text("Hello <at>Quorum</at>");
		addressed.applyConversationReference(conversationReference());
		Mention mention = new Mention();
		mention.setMentioned(new ChannelAccount("28:bot", "Quorum"));
		mention.setText("<at>Quorum</at>");
		addressed.setMentions(List.of(mention));
		addressed.setChannelData(new HashMap<>(Map.of("notification", Map.of("alert", true), "dotted.key", 1)));
		addressed.setTimestamp(OffsetDateTime.parse("2027-01-05T10:15:30Z"));
		sent.add(addressed);

		JacksonAdapter sdk = new JacksonAdapter();
		for (Activity activity : sent) {
			String ours = QuorumAdapter.JSON.serialize(activity);
			assertThat(READ.readTree(ours)).as(ours).isEqualTo(READ.readTree(sdk.serialize(activity)));
		}
		String answer = "{\"id\":\"29:member\",\"name\":\"Sam\",\"userPrincipalName\":\"sam@opcc.test\","
				+ "\"email\":\"Sam@opcc.test\",\"aadObjectId\":\"aad-1\",\"extra\":1}";
		TeamsChannelAccount read = QuorumAdapter.JSON.deserialize(answer, TeamsChannelAccount.class);
		assertThat(read).usingRecursiveComparison().isEqualTo(sdk.deserialize(answer, TeamsChannelAccount.class));
		assertThat(read.getUserPrincipalName()).isEqualTo("sam@opcc.test");
	}

	private static ConversationReference conversationReference() {
		ConversationReference reference = new ConversationReference();
		reference.setServiceUrl("https://smba.trafficmanager.net/uk/");
		reference.setChannelId("msteams");
		reference.setBot(new ChannelAccount("28:bot", "Quorum"));
		reference.setUser(new ChannelAccount("29:user", "Sam"));
		ConversationAccount conversation = new ConversationAccount();
		conversation.setId("a:1");
		conversation.setConversationType("personal");
		conversation.setTenantId("t-1");
		reference.setConversation(conversation);
		reference.setActivityId("1234");
		return reference;
	}

}
