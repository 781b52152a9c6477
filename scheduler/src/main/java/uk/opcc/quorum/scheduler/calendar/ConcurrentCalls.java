package uk.opcc.quorum.scheduler.calendar;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import uk.opcc.quorum.scheduler.SchedulingException;

/**
 * Runs independent Graph calls side by side, at most {@code limit} at a time across all
 * callers, and answers their results in the order they were asked for. A year's
 * availability takes several getSchedule windows; one after the other, the wait for Graph
 * adds up.
 */
class ConcurrentCalls implements AutoCloseable {

	private final ThreadPoolExecutor pool;

	ConcurrentCalls(String name, int limit) {
		AtomicInteger count = new AtomicInteger();
		ThreadFactory threads = task -> {
			Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
		this.pool = new ThreadPoolExecutor(limit, limit, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), threads);
		// Planning is occasional: no threads stay idle between plans.
		this.pool.allowCoreThreadTimeOut(true);
	}

	/**
	 * Starts the calls and answers their results, in order, on {@code get()}; the caller
	 * is free meanwhile. A failed call fails the lot with its own exception (the earliest
	 * asked, when several fail), and the calls still running are abandoned: their answers
	 * would be thrown away.
	 */
	<T> Supplier<List<T>> start(List<Supplier<T>> calls) {
		List<Future<T>> pending = new ArrayList<>(calls.size());
		calls.forEach(call -> pending.add(this.pool.submit(call::get)));
		return () -> results(pending);
	}

	private static <T> List<T> results(List<Future<T>> pending) {
		List<T> results = new ArrayList<>(pending.size());
		try {
			for (Future<T> call : pending) {
				results.add(call.get());
			}
			return results;
		}
		catch (ExecutionException ex) {
			// Suppliers throw nothing checked: the cause is the call's own failure.
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw (RuntimeException) ex.getCause();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new SchedulingException(SchedulingException.Reason.CALENDAR_UNAVAILABLE,
					"Quorum stopped waiting for Microsoft Graph; nothing was changed.", ex);
		}
		finally {
			pending.forEach(call -> call.cancel(true));
		}
	}

	@Override
	public void close() {
		this.pool.shutdownNow();
	}

}
