package uk.opcc.quorum.bot.teams;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import uk.opcc.quorum.bot.RunningQuorum;
import uk.opcc.quorum.bot.command.BotMessage;
import uk.opcc.quorum.bot.proactive.ConversationReferences;
import uk.opcc.quorum.bot.proactive.ProactiveMessenger;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Quorum learns how the organisation addresses a user from Teams, once, and reaches them
 * by that address.
 */
class AddressBookIntegrationTests extends RunningQuorum {

	@Autowired
	ConversationReferences references;

	@Autowired
	ProactiveMessenger messenger;

	@Test
	void learnsTheAddressOnceAndReachesTheUserByIt() {
		String chat = newChat();
		String user = "user-" + UUID.randomUUID();
		String members = "/v3/conversations/" + chat + "/members/.*";
		connector.stubFor(get(urlPathMatching(members)).atPriority(1)
			.willReturn(okJson("{\"id\":\"29:" + user + "\",\"aadObjectId\":\"" + user + "\",\"name\":\"Jo Bloggs\","
					+ "\"userPrincipalName\":\"Jo.Bloggs@OPCC.test\",\"email\":\"jo.bloggs@opcc.test\"}")));

		post(message(chat, user, "help"));
		await().atMost(Duration.ofSeconds(20)).until(() -> references.aliasesOf(user).contains("jo.bloggs@opcc.test"));
		post(message(chat, user, "help"));
		await().atMost(Duration.ofSeconds(20))
			.until(() -> connector
				.findAll(postRequestedFor(urlPathMatching("/v3/conversations/" + chat + "/activities.*")))
				.stream()
				.filter(r -> r.getBodyAsString().contains("AdaptiveCard"))
				.count() == 2);

		assertThat(connector.findAll(getRequestedFor(urlPathMatching(members)))).hasSize(1);
		assertThat(
				messenger.send("Jo.Bloggs@opcc.test", BotMessage.text("The papers for Thursday are out.")).delivered())
			.isTrue();
		assertThat(awaitReply(chat, "The papers for Thursday are out.")).contains(chat);
	}

}
