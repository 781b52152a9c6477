package uk.opcc.quorum.decisions.workflow;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.bson.types.ObjectId;

import org.springframework.stereotype.Component;

import uk.opcc.quorum.decisions.Actor;
import uk.opcc.quorum.decisions.AuditEntry;
import uk.opcc.quorum.decisions.DecisionNotice;

/**
 * Audit trail entries: who, when, what changed. The store writes each with the change it
 * describes.
 */
@Component
public class Audit {

	private final Clock clock;

	public Audit(Clock clock) {
		this.clock = clock;
	}

	public AuditEntry entry(String noticeId, Actor actor, String action, Map<String, String> changes) {
		Map<String, String> kept = new LinkedHashMap<>();
		changes.forEach((k, v) -> kept.put(k, v == null ? "" : v));
		String by = actor.label() + " ("
				+ actor.capacities().stream().map(Enum::name).sorted().collect(Collectors.joining(", ")) + ")";
		// An ObjectId sorts in the order entries were written, even within one
		// millisecond.
		return new AuditEntry(new ObjectId().toHexString(), noticeId, clock.instant(), by, action, kept);
	}

	/**
	 * What an edit changed, section by section; Part 2's text is noted as changed, never
	 * copied.
	 */
	public static Map<String, String> changes(DecisionNotice before, DecisionNotice after) {
		Map<String, String> changes = new LinkedHashMap<>();
		if (!Objects.equals(before.title(), after.title())) {
			changes.put("title", after.title());
		}
		Map<String, String> old = before.sections().byHeading();
		after.sections().byHeading().forEach((heading, text) -> {
			if (!Objects.equals(old.get(heading), text)) {
				changes.put(heading, text);
			}
		});
		if (!Objects.equals(before.part2(), after.part2())) {
			changes.put("Part 2",
					after.part2() == null ? "removed" : "changed (reason: " + after.part2().reason() + ")");
		}
		if (before.decisionMaker() != after.decisionMaker()) {
			changes.put("decision maker", after.decisionMaker().label());
		}
		if (!Objects.equals(before.forwardPlan(), after.forwardPlan())) {
			changes.put("forward plan", String.valueOf(after.forwardPlan()));
		}
		return changes;
	}

}
