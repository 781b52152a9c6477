package uk.opcc.quorum.bot.system;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** The embedded store runs only when no external MongoDB has been configured. */
class EmbeddedStoreCondition implements Condition {

	static boolean externalStoreConfigured(org.springframework.core.env.Environment environment) {
		return StringUtils.hasText(environment.getProperty("spring.mongodb.uri"));
	}

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return !externalStoreConfigured(context.getEnvironment());
	}

}
