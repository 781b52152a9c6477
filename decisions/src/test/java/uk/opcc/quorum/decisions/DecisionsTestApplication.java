package uk.opcc.quorum.decisions;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

import com.mongodb.ConnectionString;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;

/**
 * The decisions module with the knowledge module it drafts from, against a
 * MongoDB-compatible server over TCP, as the application runs them but without Teams.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ConfigurationPropertiesScan({ "uk.opcc.quorum.decisions", "uk.opcc.quorum.knowledge" })
@ComponentScan({ "uk.opcc.quorum.decisions", "uk.opcc.quorum.knowledge" })
public class DecisionsTestApplication {

	@Bean(destroyMethod = "shutdownNow")
	MongoServer testMongoServer() {
		MongoServer server = new MongoServer(new MemoryBackend());
		server.bind(new InetSocketAddress("127.0.0.1", 0));
		return server;
	}

	@Bean
	MongoConnectionDetails testMongo(MongoServer testMongoServer) {
		ConnectionString uri = new ConnectionString(
				"mongodb://127.0.0.1:" + testMongoServer.getLocalAddress().getPort() + "/decisions");
		return () -> uri;
	}

	@Bean
	TestClock testClock() {
		return new TestClock();
	}

	@Bean
	RecordingNotifier recordingNotifier() {
		return new RecordingNotifier();
	}

	/** A clock the tests set: signing dates and publication deadlines are then facts. */
	public static class TestClock extends Clock {

		private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2027-03-01T10:00:00Z"));

		public void set(String instant) {
			now.set(Instant.parse(instant));
		}

		@Override
		public ZoneId getZone() {
			return ZoneId.of("Europe/London");
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return Clock.fixed(now.get(), zone);
		}

		@Override
		public Instant instant() {
			return now.get();
		}

	}

}
