/**
 * Word documents module: {@code WordLayout}, the office's A4 page, header and heading
 * styles, used by the scheduler (agendas, minutes) and decisions (notices) modules. It
 * uses no other Quorum module; ModularityTests verifies both.
 */
@ApplicationModule(displayName = "Word documents", allowedDependencies = {})
package uk.opcc.quorum.word;

import org.springframework.modulith.ApplicationModule;
