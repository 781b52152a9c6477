package uk.opcc.quorum.bot.onboarding;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How far one person has come through the programme.
 *
 * @param userId who (Entra object id, or the chat page's local id)
 * @param done the ids of the topics they have finished, in the order they finished them
 * @param lastShown the topic shown to them last, where {@code start} resumes; null before
 * the first
 * @param updated when this last changed
 */
record Progress(String userId, List<String> done, String lastShown, Instant updated) {

	Progress {
		done = List.copyOf(new LinkedHashSet<>(done == null ? List.of() : done));
	}

	static Progress none(String userId) {
		return new Progress(userId, List.of(), null, null);
	}

	Progress shown(String topicId, Instant now) {
		return new Progress(userId, done, topicId, now);
	}

	Progress finished(String topicId, Instant now) {
		Set<String> all = new LinkedHashSet<>(done);
		all.add(topicId);
		return new Progress(userId, List.copyOf(all), lastShown, now);
	}

	boolean isDone(String topicId) {
		return done.contains(topicId);
	}

}
