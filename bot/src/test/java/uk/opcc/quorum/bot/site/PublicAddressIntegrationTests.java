package uk.opcc.quorum.bot.site;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import uk.opcc.quorum.QuorumApplication;
import uk.opcc.quorum.decisions.DecisionsProperties;
import uk.opcc.quorum.scheduler.SchedulerProperties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With no public URL configured, every link follows the port Quorum listens on, not 3978:
 * the register's feed, the decisions module and the scheduler (reminders, invitations).
 */
class PublicAddressIntegrationTests {

	@TempDir
	Path temp;

	@Test
	void linksFollowServerPortWhenNoPublicUrlIsSet() throws Exception {
		int port = freePort();
		try (ConfigurableApplicationContext app = SpringApplication.run(QuorumApplication.class,
				"--server.port=" + port, "--quorum.store.data-dir=" + temp.resolve("data"))) {
			String base = "http://localhost:" + port;
			assertThat(app.getBean(SiteProperties.class).baseUrl()).isEqualTo(base);
			assertThat(app.getBean(DecisionsProperties.class).publicUrl()).hasToString(base);
			assertThat(app.getBean(SchedulerProperties.class).publicUrl()).hasToString(base);
			HttpResponse<String> feed = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create(base + "/register/feed.atom")).build(),
						HttpResponse.BodyHandlers.ofString());
			assertThat(feed.statusCode()).isEqualTo(200);
			assertThat(feed.body()).contains("href=\"" + base + "/register/feed.atom\"");
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
