package uk.opcc.quorum.bot.teams;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Past the limit a request waits for an answer to go out, and never longer than the
 * bound.
 */
class PendingAnswersTests {

	@Test
	void waitsForRoomOnceTheLimitIsReached() throws Exception {
		PendingAnswers pending = new PendingAnswers(2, Duration.ofSeconds(30));
		PendingAnswers.Ticket first = pending.take();
		pending.take();
		assertThat(pending.room()).isZero();

		CompletableFuture<PendingAnswers.Ticket> third = CompletableFuture.supplyAsync(pending::take);
		Thread.sleep(200);
		assertThat(third).as("waits while two answers are pending").isNotDone();

		first.close();
		first.close();
		assertThat(third.get(10, TimeUnit.SECONDS)).isNotNull();
		assertThat(pending.room()).as("closing twice frees one place").isZero();
	}

	@Test
	void goesAheadAfterTheLongestWaitWithoutTakingRoom() {
		PendingAnswers pending = new PendingAnswers(1, Duration.ofMillis(100));
		PendingAnswers.Ticket held = pending.take();
		long start = System.nanoTime();
		PendingAnswers.Ticket late = pending.take();
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(100));

		late.close();
		assertThat(pending.room()).as("an answer let through without room frees none").isZero();
		held.close();
		assertThat(pending.room()).isOne();
	}

	@Test
	void refusesALimitBelowOne() {
		assertThatIllegalArgumentException().isThrownBy(() -> new PendingAnswers(0));
	}

}
