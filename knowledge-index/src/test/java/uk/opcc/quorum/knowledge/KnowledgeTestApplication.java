package uk.opcc.quorum.knowledge;

import java.net.InetSocketAddress;

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
 * The knowledge module on its own, against a MongoDB-compatible server over TCP (in
 * memory), as the application runs it but without Teams.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ConfigurationPropertiesScan
@ComponentScan
public class KnowledgeTestApplication {

	@Bean(destroyMethod = "shutdownNow")
	MongoServer testMongoServer() {
		MongoServer server = new MongoServer(new MemoryBackend());
		server.bind(new InetSocketAddress("127.0.0.1", 0));
		return server;
	}

	@Bean
	MongoConnectionDetails testMongo(MongoServer testMongoServer) {
		ConnectionString uri = new ConnectionString(
				"mongodb://127.0.0.1:" + testMongoServer.getLocalAddress().getPort() + "/knowledge");
		return () -> uri;
	}

}
