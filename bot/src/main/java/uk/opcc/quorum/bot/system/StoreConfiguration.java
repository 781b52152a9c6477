package uk.opcc.quorum.bot.system;

import java.util.concurrent.TimeUnit;

import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import org.bson.Document;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Store wiring shared by both paths, embedded and external: a short server-selection
 * timeout so that a wrong address fails the start in seconds (the driver's default is 30
 * s), and a ping before the application reports itself started.
 */
@Configuration(proxyBeanMethods = false)
class StoreConfiguration {

	@Bean
	MongoClientSettingsBuilderCustomizer quorumStoreTimeouts(StoreProperties properties,
			MongoConnectionDetails connectionDetails) {
		String uri = String.valueOf(connectionDetails.getConnectionString());
		return builder -> {
			if (!uri.contains("serverSelectionTimeoutMS")) {
				builder.applyToClusterSettings(cluster -> cluster
					.serverSelectionTimeout(properties.connectTimeout().toMillis(), TimeUnit.MILLISECONDS));
			}
		};
	}

	@Bean
	SmartInitializingSingleton storeReachableAtStart(MongoClient client, MongoConnectionDetails connectionDetails) {
		return () -> {
			try {
				client.getDatabase("admin").runCommand(new Document("ping", 1));
			}
			catch (MongoException ex) {
				throw StoreUnreachable.problem(connectionDetails, ex);
			}
		};
	}

}
