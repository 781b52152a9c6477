package uk.opcc.quorum.bot.security;

import java.util.function.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import uk.opcc.quorum.bot.api.ApiProperties;
import uk.opcc.quorum.bot.api.Loopback;
import uk.opcc.quorum.bot.chat.LocalChat;
import uk.opcc.quorum.bot.teams.BotTokens;
import uk.opcc.quorum.bot.teams.Roles;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

/**
 * Who may reach what, decided here and nowhere else. Spring Security's strict firewall
 * rejects path tricks (';', encoded slashes and dots, control characters) before any rule
 * is matched, and rules match the decoded path Spring MVC dispatches on, so a route
 * cannot be reached under a spelling its rule does not see. Public pages and health are
 * open; the REST API needs a caller ({@link RestCallerFilter}, or an Entra token once
 * sign-in is configured); the chat page is for this machine only; Teams' endpoint has its
 * own chain with Bot Framework tokens.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

	private static final String[] OFFICE = { "STAFF", "SECRETARY", "CFO", "MONITORING_OFFICER", "PCC", "ADMIN" };

	private static final String[] SECRETARIAT = { "SECRETARY", "ADMIN" };

	/**
	 * Public pages may show images and styles of their own, run no inline script and sit
	 * in no frame.
	 */
	private static final String CONTENT_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self' "
			+ "'unsafe-inline'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

	@Bean
	Problems securityProblems(JsonMapper json, AccessMode mode, ApiProperties api) {
		String advice;
		if (mode.signIn()) {
			advice = "Sign in: send an Entra ID access token for Quorum as 'Authorization: Bearer ...'"
					+ (api.key() == null ? "." : ", or the integration key in X-API-Key.");
		}
		else if (api.key() != null && !api.key().isBlank()) {
			advice = "This API needs the key configured as quorum.api.key, sent in the X-API-Key header, and the user "
					+ "you act for in X-Quorum-User.";
		}
		else {
			advice = "Quorum is in trial mode (no sign-in configured): name the user you act for in the X-Quorum-User "
					+ "header; their roles come from quorum.teams.users.";
		}
		return new Problems(json, advice);
	}

	/**
	 * Spring Security would time every filter of every request (some fifteen observations
	 * and long-task timers each), for metrics nothing in Quorum exposes; under a flood of
	 * Teams activities that was about a seventh of the sampled work of acknowledging one.
	 */
	@Bean
	static SecurityObservationSettings securityObservations() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	@Order(1)
	SecurityFilterChain teamsEndpoint(HttpSecurity http, AccessMode mode, BotTokens tokens, Problems problems)
			throws Exception {
		http.securityMatcher(pathPattern("/api/messages"));
		common(http);
		http.exceptionHandling(handling -> handling.authenticationEntryPoint(problems).accessDeniedHandler(problems));
		if (mode.botTokens()) {
			http.oauth2ResourceServer(
					server -> server.authenticationEntryPoint(problems).jwt(jwt -> jwt.decoder(tokens.decoder())));
			http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated());
		}
		else {
			// No token proves who sent an activity, so only this machine may (the
			// emulator, tests).
			http.authorizeHttpRequests(requests -> requests.anyRequest().access(fromThisMachine()));
		}
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain everythingElse(HttpSecurity http, AccessMode mode, ApiProperties api, Roles roles,
			Problems problems, LocalChat chat, EntraCallers entra, ObjectProvider<JwtDecoder> entraTokens)
			throws Exception {
		common(http);
		http.addFilterBefore(new RestCallerFilter(api.key(), mode, roles, problems),
				AnonymousAuthenticationFilter.class);
		if (mode.signIn()) {
			http.oauth2ResourceServer(server -> server.authenticationEntryPoint(problems)
				.jwt(jwt -> jwt.decoder(entraTokens.getObject()).jwtAuthenticationConverter(entra)));
		}
		RequestMatcher chatPaths = request -> {
			String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
			return path.equals("/") || path.equals("/index.html") || path.startsWith("/chat/")
					|| path.equals("/chat.css") || path.equals("/chat.js") || path.startsWith("/vendor/");
		};
		// The chat page does not exist for anyone it is not for; the first matching
		// handler answers.
		http.exceptionHandling(handling -> handling
			.defaultAccessDeniedHandlerFor((request, response, ex) -> notFound(problems, response), chatPaths)
			.defaultAuthenticationEntryPointFor((request, response, ex) -> notFound(problems, response), chatPaths)
			.defaultAccessDeniedHandlerFor(problems, AnyRequestMatcher.INSTANCE)
			.defaultAuthenticationEntryPointFor(problems, AnyRequestMatcher.INSTANCE));
		http.authorizeHttpRequests(requests -> requests.requestMatchers(chatPaths)
			.access((authentication,
					context) -> new AuthorizationDecision(chat.enabled() && Loopback.isLocal(context.getRequest())))
			// The public pages (decisions register, public boards' meetings and year at a
			// glance) and their stylesheet.
			.requestMatchers(HttpMethod.GET, "/register", "/register/**", "/boards/**", "/calendar/**",
					"/assets/quorum.css")
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**", "/actuator/info")
			.permitAll()
			.requestMatchers("/error")
			.permitAll()
			.requestMatchers(HttpMethod.POST, "/api/knowledge/ask")
			.authenticated()
			// The REST API's OpenAPI description (springdoc, ApiDescription): for any
			// REST
			// caller, as the calls it describes are.
			.requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs.yaml")
			.authenticated()
			.requestMatchers(HttpMethod.GET, "/api/knowledge/documents")
			.hasAnyRole(OFFICE)
			// A large upload's progress: for those who may upload, as the upload was.
			.requestMatchers(HttpMethod.GET, "/api/knowledge/documents/uploads/*")
			.hasAnyRole(SECRETARIAT)
			.requestMatchers("/api/knowledge/documents", "/api/knowledge/documents/**")
			.hasAnyRole(SECRETARIAT)
			.requestMatchers(HttpMethod.GET, "/api/boards", "/api/boards/**", "/api/meetings", "/api/meetings/**",
					"/api/actions", "/api/actions/**")
			.hasAnyRole(OFFICE)
			.requestMatchers(HttpMethod.POST, "/api/actions/*/close")
			.hasAnyRole(OFFICE)
			.requestMatchers("/api/boards/**", "/api/meetings", "/api/meetings/**")
			.hasAnyRole(SECRETARIAT)
			.requestMatchers("/api/decisions", "/api/decisions/**")
			.hasAnyRole(OFFICE)
			.requestMatchers(HttpMethod.GET, "/api/onboarding/first-year.ics")
			.hasAnyRole(OFFICE)
			.requestMatchers("/api/**", "/actuator/**")
			.hasRole("ADMIN")
			// Closed by default: a path no rule names is refused, whoever asks.
			.anyRequest()
			.denyAll());
		return http.build();
	}

	/**
	 * Stateless, no browser login or CSRF tokens (no cookie ever carries a credential),
	 * security headers.
	 */
	private static void common(HttpSecurity http) throws Exception {
		http.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.httpBasic(basic -> basic.disable())
			.formLogin(form -> form.disable())
			.logout(logout -> logout.disable())
			.anonymous(anonymous -> {
			})
			.headers(headers -> headers.contentSecurityPolicy(policy -> policy.policyDirectives(CONTENT_POLICY))
				.frameOptions(frame -> frame.deny())
				.referrerPolicy(referrer -> referrer
					.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
	}

	private static void notFound(Problems problems, jakarta.servlet.http.HttpServletResponse response)
			throws java.io.IOException {
		problems.write(response, org.springframework.http.HttpStatus.NOT_FOUND, "There is no page here.");
	}

	private static AuthorizationManager<RequestAuthorizationContext> fromThisMachine() {
		return (authentication, context) -> new AuthorizationDecision(Loopback.isLocal(context.getRequest()));
	}

	/**
	 * The strict firewall, also refusing control characters in parameters (a NUL in a
	 * query reached a query).
	 */
	@Bean
	HttpFirewall firewall() {
		StrictHttpFirewall firewall = new StrictHttpFirewall();
		Predicate<String> printable = value -> value.chars()
			.noneMatch(c -> Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r');
		firewall.setAllowedParameterNames(name -> name.chars().noneMatch(Character::isISOControl));
		firewall.setAllowedParameterValues(printable);
		return firewall;
	}

	@Bean
	EntraCallers entraCallers(Roles roles) {
		return new EntraCallers(roles);
	}

	@EventListener
	void announce(WebServerInitializedEvent event) {
		if (event.getApplicationContext().getEnvironment() instanceof ConfigurableEnvironment environment
				&& LoopbackByDefault.closed(environment)
				&& "127.0.0.1".equals(environment.getProperty("server.address"))) {
			log.info(
					"Listening on {} only: no Teams registration (MicrosoftAppId) and no sign-in are configured, so "
							+ "only this machine may call Quorum. Configure them to serve the network.",
					environment.getProperty("server.address") + ":" + event.getWebServer().getPort());
		}
	}

}
