package uk.opcc.quorum.scheduler;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Stands where Teams would be (the bot's implementation is tested against a Teams
 * connector in {@code bot}): keeps every notice handed over, in order.
 */
public class RecordingDelivery implements ReminderDelivery {

	private final List<Notice> delivered = new CopyOnWriteArrayList<>();

	@Override
	public boolean deliver(Notice notice) {
		delivered.add(notice);
		return true;
	}

	public List<Notice> delivered() {
		return List.copyOf(delivered);
	}

	public List<Notice> of(Notice.Kind kind) {
		return delivered.stream().filter(n -> n.kind() == kind).toList();
	}

	public void clear() {
		delivered.clear();
	}

}
