package uk.opcc.quorum.bot.system;

import java.util.Locale;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import uk.opcc.quorum.knowledge.KnowledgeReadiness;

/**
 * The document index in {@code /actuator/health/readiness}: out of service while its
 * embedding model loads and the corpus folder is first read after start, up once both are
 * done, down if the model could not be loaded. Not part of {@code /actuator/health}
 * ({@link ReadinessOnlyHealth}): Quorum serves every other request meanwhile, and a
 * question is told to ask again in a few seconds.
 */
@Component("knowledgeHealthIndicator")
class KnowledgeHealthIndicator implements HealthIndicator {

	/** The contributor's name in the health groups. */
	static final String NAME = "knowledge";

	private final KnowledgeReadiness readiness;

	KnowledgeHealthIndicator(KnowledgeReadiness readiness) {
		this.readiness = readiness;
	}

	@Override
	public Health health() {
		KnowledgeReadiness.State state = readiness.state();
		Health.Builder health = switch (state) {
			case READY -> Health.up();
			case FAILED -> Health.down();
			case LOADING_MODEL, READING_CORPUS -> Health.outOfService();
		};
		health.withDetail("state", state.name().toLowerCase(Locale.ROOT).replace('_', ' '));
		readiness.failure().ifPresent(failure -> health.withDetail("error", failure));
		return health.build();
	}

}
