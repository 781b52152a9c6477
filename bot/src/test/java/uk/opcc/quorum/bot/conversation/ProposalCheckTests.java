package uk.opcc.quorum.bot.conversation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A language model's proposal is read again by the router's own rules: boards, days,
 * decision numbers and people are the rules' readings of what the message says.
 */
class ProposalCheckTests {

	private final IntentRouter rules = RealRouter.get();

	private static ProposedRoute move(String board, String when) {
		return new ProposedRoute(Intent.MOVE_MEETING, board, when, null, null, null, null);
	}

	@Test
	void aRealBoardAndTheWordsOfTheMessageAreRead() {
		Slots slots = rules.check(move("sgb", "Thursday at 10"), "can the sgb be thursday at 10").orElseThrow();

		assertThat(slots.board()).isEqualTo("SGB");
		assertThat(Slots.describe(slots.when())).startsWith("found ").endsWith(" 10:00");
	}

	@Test
	void aBoardNotOnTheListOrNotTheOneNamedIsRefused() {
		assertThat(rules.check(move("XYZ", null), "move the meeting to thursday")).isEmpty();
		assertThat(rules.check(move("PAF", null), "move the SGB to thursday")).isEmpty();
	}

	@Test
	void aDayTheMessageDoesNotSayIsRefused() {
		assertThat(rules.check(move(null, "friday at 10"), "move it to thursday at 10")).isEmpty();
	}

	@Test
	void aDecisionNumberIsTheMessagesOwn() {
		ProposedRoute status = new ProposedRoute(Intent.DECISION_STATUS, null, null, "2027/005", null, null, null);
		assertThat(rules.check(status, "where is decision 2027/004?")).isEmpty();
		assertThat(rules.check(status, "where has that decision got to?")).isEmpty();
		assertThat(rules
			.check(new ProposedRoute(Intent.DECISION_STATUS, null, null, null, null, null, null),
					"where is decision 4 of 2027?")
			.orElseThrow()
			.decision()).hasToString("2027/004");
	}

	@Test
	void slotsTheIntentDoesNotReadAreDropped() {
		ProposedRoute help = new ProposedRoute(Intent.HELP, "SGB", "thursday", null, null, null, "anything");
		assertThat(rules.check(help, "what can you do for the SGB on thursday")).contains(Slots.NONE);
	}

}
