package uk.opcc.quorum.bot.system;

import java.net.InetSocketAddress;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

import uk.opcc.quorum.QuorumApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Both store paths, first class: the embedded file store keeps data across restarts; a
 * configured URI is used as is.
 */
class StorePathsIntegrationTests {

	@TempDir
	Path temp;

	@Test
	void embeddedStoreKeepsDataAcrossRestart() {
		String dataDir = "--quorum.store.data-dir=" + temp.resolve("data");
		try (ConfigurableApplicationContext first = start(dataDir)) {
			first.getBean(MongoTemplate.class)
				.insert(new Document("_id", "sgb-2027-01").append("board", "SGB"), "restart_probe");
		}
		try (ConfigurableApplicationContext second = start(dataDir)) {
			Document found = second.getBean(MongoTemplate.class)
				.findById("sgb-2027-01", Document.class, "restart_probe");
			assertThat(found).isNotNull().containsEntry("board", "SGB");
			assertThat(second.getBean(HealthEndpoint.class).health().getStatus()).isEqualTo(Status.UP);
		}
		assertThat(temp.resolve("data/quorum-store.mv")).exists();
	}

	@Test
	void configuredUriIsUsedAndNothingEmbeddedStarts() {
		MongoServer external = new MongoServer(new MemoryBackend());
		InetSocketAddress address = external.bind();
		try (ConfigurableApplicationContext app = start(
				"--spring.mongodb.uri=mongodb://127.0.0.1:" + address.getPort() + "/office",
				"--quorum.store.data-dir=" + temp.resolve("unused"))) {
			app.getBean(MongoTemplate.class).insert(new Document("_id", "paf-1"), "external_probe");
			assertThat(app.getBeansOfType(MongoServer.class)).isEmpty();
			assertThat(app.getBean(HealthEndpoint.class).health().getStatus()).isEqualTo(Status.UP);
			assertThat(temp.resolve("unused/quorum-store.mv")).doesNotExist();
		}
		finally {
			external.shutdownNow();
		}
	}

	private ConfigurableApplicationContext start(String... args) {
		String[] all = new String[args.length + 1];
		all[0] = "--server.port=0";
		System.arraycopy(args, 0, all, 1, args.length);
		return SpringApplication.run(QuorumApplication.class, all);
	}

}
