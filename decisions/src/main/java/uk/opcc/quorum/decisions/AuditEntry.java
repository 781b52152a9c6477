package uk.opcc.quorum.decisions;

import java.time.Instant;
import java.util.Map;

import org.springframework.data.annotation.Id;

/**
 * One line of a notice's audit trail; entries are only ever added.
 *
 * @param id the entry's id
 * @param noticeId the notice (version) it concerns
 * @param at when
 * @param by who (name and capacity)
 * @param action what happened, e.g. "created", "edited", "IN_REVIEW -> AWAITING_PCC"
 * @param changes field to its new value (sections edited, comment given...)
 */
public record AuditEntry(@Id String id, String noticeId, Instant at, String by, String action,
		Map<String, String> changes) {

	public AuditEntry {
		changes = changes == null ? Map.of() : Map.copyOf(changes);
	}

}
