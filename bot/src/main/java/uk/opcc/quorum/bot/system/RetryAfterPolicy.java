package uk.opcc.quorum.bot.system;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.BackOffExecution;

/**
 * How Quorum tries again when a service asks it to: only for the given HTTP statuses,
 * waiting as long as the answer's {@code Retry-After} says (seconds or an HTTP date) or,
 * when it says nothing, doubling from a first wait; never longer than the maximum
 * back-off, and at most {@code retries} times more. Microsoft Graph and the Teams
 * connector throttle alike, so both use this one policy through Spring's
 * {@link RetryTemplate}.
 */
public final class RetryAfterPolicy {

	/**
	 * What a failed call was told, read from its exception.
	 *
	 * @param status the HTTP status, or -1 when there was none (the service was not
	 * reached)
	 * @param retryAfter the {@code Retry-After} header as sent, if any
	 */
	public record Refusal(int status, String retryAfter) {

		public static final Refusal NONE = new Refusal(-1, null);

	}

	private final Set<Integer> statuses;

	private final int retries;

	private final Duration firstWait;

	private final Duration maxBackoff;

	private final Clock clock;

	public RetryAfterPolicy(Set<Integer> statuses, int retries, Duration firstWait, Duration maxBackoff, Clock clock) {
		this.statuses = Set.copyOf(statuses);
		this.retries = Math.max(0, retries);
		this.firstWait = firstWait;
		this.maxBackoff = maxBackoff;
		this.clock = clock;
	}

	/**
	 * Runs the call, trying again while it fails with a retryable status; then rethrows
	 * its last exception. {@code refusal} reads the status and Retry-After from whatever
	 * the caller's client throws.
	 */
	public <T> T call(Supplier<T> call, Function<Throwable, Refusal> refusal) {
		return new RetryTemplate(new Attempts(refusal)).invoke(call);
	}

	/**
	 * The wait before the given retry (1 for the first), as the refusal asks, within the
	 * maximum back-off.
	 */
	Duration waitBefore(int retry, String retryAfter) {
		Duration wait = asked(retryAfter);
		if (wait == null) {
			wait = firstWait.multipliedBy(1L << Math.min(retry - 1, 10));
		}
		return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
	}

	private Duration asked(String retryAfter) {
		if (retryAfter == null || retryAfter.isBlank()) {
			return null;
		}
		String value = retryAfter.strip();
		try {
			return Duration.ofSeconds(Math.max(0, Long.parseLong(value)));
		}
		catch (NumberFormatException notSeconds) {
			try {
				Duration until = Duration.between(clock.instant(),
						ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
				return until.isNegative() ? Duration.ZERO : until;
			}
			catch (DateTimeParseException notADate) {
				return null;
			}
		}
	}

	/**
	 * One call's tries. Spring's template asks the policy whether to retry before it asks
	 * the back-off how long to wait, so the refusal seen by the first is at hand for the
	 * second; hence one instance per call.
	 */
	private final class Attempts implements RetryPolicy, BackOff {

		private final Function<Throwable, Refusal> refusal;

		private volatile Refusal last = Refusal.NONE;

		Attempts(Function<Throwable, Refusal> refusal) {
			this.refusal = refusal;
		}

		@Override
		public boolean shouldRetry(Throwable failure) {
			Refusal read = refusal.apply(failure);
			last = read == null ? Refusal.NONE : read;
			return statuses.contains(last.status());
		}

		@Override
		public BackOff getBackOff() {
			return this;
		}

		@Override
		public BackOffExecution start() {
			int[] retry = { 0 };
			return () -> ++retry[0] > retries ? BackOffExecution.STOP
					: waitBefore(retry[0], last.retryAfter()).toMillis();
		}

	}

}
