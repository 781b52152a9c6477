package uk.opcc.quorum.decisions;

import java.time.LocalDate;

/**
 * A move of a notice through its workflow.
 *
 * @param to the status wanted
 * @param comment why (needed to return, defer, withdraw or not publish)
 * @param approve for signing: the PCC approves (true) or rejects (false) the
 * recommendation
 * @param name for signing: the name signed, the actor's own when null
 * @param date for signing: the date signed, today when null
 */
public record TransitionRequest(Status to, String comment, Boolean approve, String name, LocalDate date) {
}
