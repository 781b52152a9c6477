package uk.opcc.quorum.bot.system;

import com.mongodb.client.MongoClient;
import org.bson.Document;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Replaces Spring Boot's MongoDB health check, which sends {@code hello}: the embedded
 * store does not know that command, while {@code ping} works on both the embedded store
 * and a real MongoDB.
 */
@Component("mongoHealthIndicator")
class StoreHealthIndicator extends AbstractHealthIndicator {

	private final MongoClient client;

	private final boolean embedded;

	StoreHealthIndicator(MongoClient client, Environment environment) {
		super("MongoDB health check failed");
		this.client = client;
		this.embedded = !EmbeddedStoreCondition.externalStoreConfigured(environment);
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		client.getDatabase("admin").runCommand(new Document("ping", 1));
		builder.up().withDetail("store", embedded ? "embedded" : "external");
	}

}
