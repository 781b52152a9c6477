package uk.opcc.quorum.bot.security;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import uk.opcc.quorum.bot.api.ApiProblem;
import uk.opcc.quorum.bot.command.Caller;

/**
 * The one way a REST controller learns who calls it: a {@link Caller} parameter, filled
 * from what Spring Security established. Nothing in a request's body or headers is read
 * here.
 */
@Configuration(proxyBeanMethods = false)
class CallerArgumentResolver implements WebMvcConfigurer, HandlerMethodArgumentResolver {

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(this);
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == Caller.class;
	}

	@Override
	public Caller resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
			WebDataBinderFactory binders) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication instanceof CallerAuthentication signedIn) {
			return signedIn.getPrincipal();
		}
		// Only reachable if a route were opened without a rule in SecurityConfiguration:
		// refuse rather than guess.
		throw new ApiProblem(org.springframework.http.HttpStatus.UNAUTHORIZED, "Sign in to use this part of Quorum.");
	}

}
