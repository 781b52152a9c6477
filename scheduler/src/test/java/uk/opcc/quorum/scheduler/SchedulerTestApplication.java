package uk.opcc.quorum.scheduler;

import java.net.InetSocketAddress;

import com.mongodb.ConnectionString;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;

/**
 * The scheduler on its own against a MongoDB-compatible server over TCP. A test can hand
 * two instances one server ({@code test.mongo.port}) to see what two Quorums on one
 * database do.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ConfigurationPropertiesScan
@ComponentScan
public class SchedulerTestApplication {

	@Bean(destroyMethod = "shutdownNow")
	MongoServer testMongoServer(@Value("${test.mongo.port:0}") int sharedPort) {
		MongoServer server = new MongoServer(new MemoryBackend());
		if (sharedPort == 0) {
			server.bind(new InetSocketAddress("127.0.0.1", 0));
		}
		return server;
	}

	@Bean
	MongoConnectionDetails testMongo(MongoServer testMongoServer, @Value("${test.mongo.port:0}") int sharedPort) {
		int port = sharedPort != 0 ? sharedPort : testMongoServer.getLocalAddress().getPort();
		ConnectionString uri = new ConnectionString("mongodb://127.0.0.1:" + port + "/scheduler");
		return () -> uri;
	}

	@Bean
	TestClock testClock(@Value("${test.clock:2027-01-04T09:00:00Z}") String now) {
		TestClock clock = new TestClock();
		clock.set(now);
		return clock;
	}

	@Bean
	RecordingDelivery recordingDelivery() {
		return new RecordingDelivery();
	}

}
