/**
 * The Teams face of Quorum and the only module that knows the Bot Framework: endpoint,
 * handlers, cards, proactive messages, the local chat page and the REST API. It uses the
 * knowledge, scheduler and decisions modules through their public APIs; none of them may
 * use it.
 */
@ApplicationModule(displayName = "Bot")
package uk.opcc.quorum.bot;

import org.springframework.modulith.ApplicationModule;
