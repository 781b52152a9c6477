package uk.opcc.quorum.bot.decide;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import uk.opcc.quorum.bot.teams.Roles;
import uk.opcc.quorum.decisions.Actor;
import uk.opcc.quorum.decisions.Capacity;

/**
 * The person a REST call acts for. The API key marks a trusted integration, which may author notices as office
 * staff; it names the person in {@code X-Quorum-User} (their Teams or Entra id) and optionally
 * {@code X-Quorum-Name}. Any further capacity (CFO, Monitoring Officer, PCC) comes from that person's configured
 * roles, never from the request, so a key holder cannot sign as the PCC by saying so.
 */
@Configuration(proxyBeanMethods = false)
class RestActors implements WebMvcConfigurer, HandlerMethodArgumentResolver {

	static final String USER = "X-Quorum-User";

	static final String NAME = "X-Quorum-Name";

	private final Roles roles;

	RestActors(Roles roles) {
		this.roles = roles;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(this);
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == Actor.class;
	}

	@Override
	public Actor resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
			WebDataBinderFactory binders) {
		String user = request.getHeader(USER);
		String userId = user == null || user.isBlank() ? "api" : user.strip();
		String name = request.getHeader(NAME);
		Set<Capacity> capacities = EnumSet.of(Capacity.AUTHOR);
		capacities.addAll(Capacities.of(roles.of(userId)));
		return new Actor(userId, name == null || name.isBlank() ? null : name.strip(), capacities);
	}

}
