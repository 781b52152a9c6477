package uk.opcc.quorum.bot.system;

import java.util.Set;

import org.springframework.boot.actuate.endpoint.SecurityContext;
import org.springframework.boot.health.actuate.endpoint.AdditionalHealthEndpointPath;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroup;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroupsPostProcessor;
import org.springframework.boot.health.actuate.endpoint.HttpCodeStatusMapper;
import org.springframework.boot.health.actuate.endpoint.StatusAggregator;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Keeps the document index ({@link KnowledgeHealthIndicator}) out of
 * {@code /actuator/health}, which says whether Quorum is up and serving, as soon as it
 * is; the index, which loads in the background after start, is in the readiness group
 * (application.yml). Spring Boot puts every contributor in the main group and has no
 * property to leave one out.
 */
@Component
class ReadinessOnlyHealth implements HealthEndpointGroupsPostProcessor, Ordered {

	@Override
	public HealthEndpointGroups postProcessHealthEndpointGroups(HealthEndpointGroups groups) {
		return new Groups(groups);
	}

	/** Before Spring Boot's probes, which keep their own wrapper outermost. */
	@Override
	public int getOrder() {
		return 0;
	}

	/** The primary group is one object: Spring Boot recognises it by identity. */
	private record Groups(HealthEndpointGroups groups, HealthEndpointGroup primary) implements HealthEndpointGroups {

		Groups(HealthEndpointGroups groups) {
			this(groups, new Primary(groups.getPrimary()));
		}

		@Override
		public HealthEndpointGroup getPrimary() {
			return primary;
		}

		@Override
		public Set<String> getNames() {
			return groups.getNames();
		}

		@Override
		public HealthEndpointGroup get(String name) {
			return groups.get(name);
		}

	}

	private record Primary(HealthEndpointGroup group) implements HealthEndpointGroup {

		@Override
		public boolean isMember(String name) {
			return !KnowledgeHealthIndicator.NAME.equals(name) && group.isMember(name);
		}

		@Override
		public boolean showComponents(SecurityContext securityContext) {
			return group.showComponents(securityContext);
		}

		@Override
		public boolean showDetails(SecurityContext securityContext) {
			return group.showDetails(securityContext);
		}

		@Override
		public StatusAggregator getStatusAggregator() {
			return group.getStatusAggregator();
		}

		@Override
		public HttpCodeStatusMapper getHttpCodeStatusMapper() {
			return group.getHttpCodeStatusMapper();
		}

		@Override
		public AdditionalHealthEndpointPath getAdditionalPath() {
			return group.getAdditionalPath();
		}

	}

}
