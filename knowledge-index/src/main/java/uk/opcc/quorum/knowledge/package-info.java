/**
 * Knowledge index module. Its API is this top package; everything in subpackages is
 * internal. It never uses {@code bot}; allowed dependencies are listed below and verified
 * by ModularityTests.
 */
@ApplicationModule(displayName = "Knowledge index", allowedDependencies = {})
package uk.opcc.quorum.knowledge;

import org.springframework.modulith.ApplicationModule;
