package uk.opcc.quorum.bot.chat;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;

/** With a Teams registration configured, the chat page is off unless explicitly enabled. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "quorum.store.in-memory=true", "MicrosoftAppId=11111111-2222-3333-4444-555555555555",
				"quorum.knowledge.index-dir=${java.io.tmpdir}/quorum-chat-off-${random.uuid}" })
@AutoConfigureTestRestTemplate
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
