package uk.opcc.quorum.bot.teams;

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

}
