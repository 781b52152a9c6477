package uk.opcc.quorum.bot.system;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where Quorum keeps its data when no external MongoDB is configured.
 *
 * @param dataDir directory for the embedded store's file (and, by convention, the other
 * modules' data)
 * @param embeddedPort loopback port of the embedded MongoDB-compatible server; 0 picks a
 * free one
 * @param inMemory keep the embedded store in memory only (tests); nothing survives a
 * restart
 * @param connectTimeout how long to wait for an external MongoDB before giving up at
 * start
 */
@ConfigurationProperties("quorum.store")
public record StoreProperties(@DefaultValue("data") Path dataDir, @DefaultValue("0") int embeddedPort,
		@DefaultValue("false") boolean inMemory, @DefaultValue("5s") Duration connectTimeout) {

	static final String DATABASE = "quorum";

	Path storeFile() {
		return dataDir.resolve("quorum-store.mv");
	}

}
