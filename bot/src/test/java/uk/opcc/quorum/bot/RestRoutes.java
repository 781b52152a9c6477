package uk.opcc.quorum.bot;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every REST route, read from Spring MVC itself (not the Teams endpoint), so that a test
 * walking them covers a new controller the day it is added; and the routes serving the
 * API's OpenAPI description (springdoc's), which are closed like the API.
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

	/** The routes under /api/, but Teams' /api/messages. */
	public static Set<Route> of(RequestMappingHandlerMapping mappings, String placeholder) {
		return of(mappings, placeholder, false);
	}

	/** The routes under /api/, but Teams' /api/messages, and those of the description. */
	public static Set<Route> withDescription(RequestMappingHandlerMapping mappings, String placeholder) {
		return of(mappings, placeholder, true);
	}

	private static Set<Route> of(RequestMappingHandlerMapping mappings, String placeholder, boolean description) {
		Set<Route> routes = new LinkedHashSet<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = mapping.getKey();
			boolean describes = mapping.getValue().getBeanType().getPackageName().startsWith("org.springdoc");
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				boolean api = pattern.startsWith("/api/") && !pattern.equals("/api/messages");
				if (!api && !(description && describes)) {
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
