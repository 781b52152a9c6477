package uk.opcc.quorum.bot.system;

import com.mongodb.ConnectionString;
import de.bwaldvogel.mongo.MongoServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the embedded MongoDB-compatible store when no {@code spring.mongodb.uri} is set,
 * and hands Spring Boot its address so that everything else talks to it over TCP exactly
 * as to a real MongoDB.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedStoreCondition.class)
class EmbeddedStoreConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedStoreConfiguration.class);

	@Bean(destroyMethod = "shutdown")
	MongoServer embeddedMongoServer(StoreProperties properties) {
		MongoServer server = EmbeddedStore.start(properties);
		if (properties.inMemory()) {
			log.info("Embedded store in memory on {}: nothing survives a restart.", server.getLocalAddress());
		}
		else {
			log.info(
					"Embedded store: data in {} (served on {}). To use a real MongoDB instead, set spring.mongodb.uri "
							+ "(for example SPRING_MONGODB_URI=mongodb://host:27017/quorum).",
					properties.storeFile().toAbsolutePath(), server.getLocalAddress());
		}
		return server;
	}

	@Bean
	MongoConnectionDetails embeddedMongoConnectionDetails(MongoServer embeddedMongoServer) {
		var address = embeddedMongoServer.getLocalAddress();
		var uri = new ConnectionString(
				"mongodb://" + address.getHostString() + ":" + address.getPort() + "/" + StoreProperties.DATABASE);
		return () -> uri;
	}

}
