/**
 * Reading when a meeting should be from a message in British English: {@link WhenParser}
 * for a new slot, {@link WhenChange} for a follow-up about one ("push it back an hour"),
 * {@link LondonTime} for the two clock changes. No Spring, no state beyond a clock; the
 * bot may use it directly (a named interface of the scheduler module).
 */
@NamedInterface("when")
package uk.opcc.quorum.scheduler.when;

import org.springframework.modulith.NamedInterface;
