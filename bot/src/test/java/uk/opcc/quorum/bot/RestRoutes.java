package uk.opcc.quorum.bot;

import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every REST route, read from Spring MVC itself (not the Teams endpoint), so that a test
 * walking them covers a new controller the day it is added.
 */
public final class RestRoutes {

	/**
	 * @param method the HTTP method
	 * @param path the route with each path variable replaced by a placeholder
	 */
	public record Route(String method, String path) {
	}

	private RestRoutes() {
	}

	public static Set<Route> of(RequestMappingHandlerMapping mappings, String placeholder) {
		Set<Route> routes = new LinkedHashSet<>();
		for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				if (!pattern.startsWith("/api/") || pattern.equals("/api/messages")) {
					continue;
				}
				String path = pattern.replaceAll("\\{[^}]+}", placeholder).replace("*", placeholder);
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
					routes.add(new Route(method.name(), path));
				}
			}
		}
		return routes;
	}

}
