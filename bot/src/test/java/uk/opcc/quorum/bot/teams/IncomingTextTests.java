package uk.opcc.quorum.bot.teams;

import java.util.List;
import java.util.Map;

import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.Entity;
import com.microsoft.bot.schema.Serialization;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IncomingTextTests {

	@Test
	void formattedMessagesReadAsTheirText() {
		assertThat(IncomingText.plain("<p>help&nbsp;</p>")).isEqualTo("help");
		assertThat(IncomingText.plain("&nbsp;next SGB")).isEqualTo("next SGB");
		assertThat(IncomingText.plain("<div><b>ask</b> who appoints the <i>Chief Constable</i>?</div>"))
			.isEqualTo("ask who appoints the Chief Constable?");
		assertThat(IncomingText.plain("<p>draft Extend the contract</p><p>by a year &amp; review</p>"))
			.isEqualTo("draft Extend the contract\nby a year & review");
	}

	@Test
	void plainTextIsLeftAsTyped() {
		assertThat(IncomingText.plain("ask is the budget < 5m or > 2m?")).isEqualTo("ask is the budget < 5m or > 2m?");
		assertThat(IncomingText.plain("ask about <5m grants")).isEqualTo("ask about <5m grants");
		assertThat(IncomingText.plain("  help  ")).isEqualTo("help");
		assertThat(IncomingText.plain(null)).isEmpty();
	}

	@Test
	void mentionIsRemovedAsTextNotAsAPattern() {
		assertThat(IncomingText
			.withoutRecipientMention(mentioning("<at>(Quorum</at> help", "<at>(Quorum</at>", "quorum-bot")))
			.isEqualTo("help");
		assertThat(IncomingText
			.withoutRecipientMention(mentioning("<at>Q.*</at> help <at>Quorum</at>", "<at>Q.*</at>", "quorum-bot")))
			.isEqualTo("help <at>Quorum</at>");
		assertThat(IncomingText.withoutRecipientMention(mentioning("<at>Ann</at> help", "<at>Ann</at>", "29:ann")))
			.isEqualTo("<at>Ann</at> help");
	}

	private static Activity mentioning(String text, String mention, String mentionedId) {
		Activity activity = Activity.createMessageActivity();
		activity.setText(text);
		activity.setRecipient(new ChannelAccount("quorum-bot", "Quorum"));
		activity.setEntities(List.of(Serialization.getAs(
				Map.of("type", "mention", "text", mention, "mentioned", Map.of("id", mentionedId, "name", "x")),
				Entity.class)));
		return activity;
	}

}
