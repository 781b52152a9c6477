package uk.opcc.quorum.bot.chat;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpStatus;

import uk.opcc.quorum.bot.QuorumIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With a Teams registration configured, the chat page is off unless explicitly enabled.
 */
@QuorumIntegrationTest(profiles = { "test", "teams" })
class ChatAccessIntegrationTests {

	@Autowired
	TestRestTemplate http;

	@Test
	void chatPageIsOffWhenTeamsIsConfigured() {
		assertThat(http.getForEntity("/", String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(http.postForEntity("/chat/api/conversations", null, String.class).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
	}

}
