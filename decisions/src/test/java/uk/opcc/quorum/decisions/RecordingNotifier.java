package uk.opcc.quorum.decisions;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Stands where Teams would be (bot's notifier is tested against a Teams connector): keeps
 * who was told what.
 */
public class RecordingNotifier implements DecisionNotifier {

	public record Told(String who, String noticeId, String message) {
	}

	private final List<Told> told = new CopyOnWriteArrayList<>();

	@Override
	public void toCapacity(Capacity capacity, DecisionNotice notice, String message) {
		told.add(new Told(capacity.name(), notice.id(), message));
	}

	@Override
	public void toPerson(String id, DecisionNotice notice, String message) {
		told.add(new Told(id, notice.id(), message));
	}

	public List<Told> told() {
		return List.copyOf(told);
	}

	public void clear() {
		told.clear();
	}

}
