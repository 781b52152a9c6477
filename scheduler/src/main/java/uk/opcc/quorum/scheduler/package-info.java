/**
 * Scheduler module. Its API is this top package; everything in subpackages is internal.
 * It never uses {@code bot}; allowed dependencies are listed below and verified by
 * ModularityTests.
 */
@ApplicationModule(displayName = "Scheduler", allowedDependencies = { "word" })
package uk.opcc.quorum.scheduler;

import org.springframework.modulith.ApplicationModule;
