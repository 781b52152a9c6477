package uk.opcc.quorum.bot.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientPropertiesMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.ClientCredentialsOAuth2AuthorizedClientProvider;
import org.springframework.security.oauth2.client.InMemoryOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.endpoint.RestClientClientCredentialsTokenResponseClient;
import org.springframework.security.oauth2.client.http.OAuth2ErrorResponseErrorHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.http.converter.OAuth2AccessTokenResponseHttpMessageConverter;
import org.springframework.web.client.RestClient;

import uk.opcc.quorum.scheduler.GraphConnection;

/**
 * The one client for Microsoft Graph, for calendars (scheduler) and group membership
 * alike: signed in with the {@code graph} client-credentials registration through Spring
 * Security, which keeps the token until shortly before it expires, and retrying what
 * Graph asks to be retried. Nothing of it exists unless that registration has a client id
 * (application.yml defaults it to MicrosoftAppId, which is empty for a local trial).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(GraphConfiguration.GraphRegistered.class)
class GraphConfiguration {

	private static final Logger log = LoggerFactory.getLogger(GraphConfiguration.class);

	static final String REGISTRATION = "graph";

	private static final String CLIENT_ID = "spring.security.oauth2.client.registration." + REGISTRATION + ".client-id";

	/**
	 * Tokens are the application's own, not a user's: every call is made as this one
	 * principal.
	 */
	private static final Authentication QUORUM = new AnonymousAuthenticationToken("quorum", "quorum",
			AuthorityUtils.createAuthorityList("ROLE_APPLICATION"));

	@Bean
	GraphConnection graphConnection(Environment environment, GraphProperties properties, RestClient.Builder builder,
			Clock clock) {
		JdkClientHttpRequestFactory requests = requestFactory(properties);
		ClientRegistration registration = registration(environment);
		log.info("Microsoft Graph is reached at {} as app {}", properties.baseUrl(), registration.getClientId());
		RetryAfterPolicy retries = new RetryAfterPolicy(GraphRetries.RETRYABLE, properties.retries(),
				Duration.ofSeconds(1), properties.maxBackoff(), clock);
		RestClient http = builder.clone()
			.baseUrl(withTrailingSlash(properties.baseUrl()))
			.requestFactory(requests)
			.requestInterceptor(new GraphRetries(retries))
			.requestInterceptor(signIn(registration, requests))
			.build();
		return new GraphConnection(http);
	}

	private static ClientRegistration registration(Environment environment) {
		OAuth2ClientProperties properties = Binder.get(environment)
			.bind("spring.security.oauth2.client", OAuth2ClientProperties.class)
			.orElseThrow(() -> new IllegalStateException("No spring.security.oauth2.client properties"));
		return new OAuth2ClientPropertiesMapper(properties).asClientRegistrations().get(REGISTRATION);
	}

	/**
	 * Adds the bearer token, fetching it with client credentials when there is none or it
	 * is about to expire; a token Graph answers 401 to is dropped. A failed sign-in
	 * surfaces as an I/O error, as an unreachable Graph does.
	 */
	private static ClientHttpRequestInterceptor signIn(ClientRegistration registration,
			JdkClientHttpRequestFactory requests) {
		InMemoryClientRegistrationRepository registrations = new InMemoryClientRegistrationRepository(registration);
		OAuth2AuthorizedClientService tokens = new InMemoryOAuth2AuthorizedClientService(registrations);
		RestClientClientCredentialsTokenResponseClient tokenClient = new RestClientClientCredentialsTokenResponseClient();
		tokenClient
			.setRestClient(RestClient.builder().requestFactory(requests).configureMessageConverters(converters -> {
				converters.addCustomConverter(new FormHttpMessageConverter());
				converters.addCustomConverter(new OAuth2AccessTokenResponseHttpMessageConverter());
			}).defaultStatusHandler(new OAuth2ErrorResponseErrorHandler()).build());
		ClientCredentialsOAuth2AuthorizedClientProvider clientCredentials = new ClientCredentialsOAuth2AuthorizedClientProvider();
		clientCredentials.setAccessTokenResponseClient(tokenClient);
		AuthorizedClientServiceOAuth2AuthorizedClientManager manager = new AuthorizedClientServiceOAuth2AuthorizedClientManager(
				registrations, tokens);
		manager.setAuthorizedClientProvider(clientCredentials);
		OAuth2ClientHttpRequestInterceptor bearer = new OAuth2ClientHttpRequestInterceptor(manager);
		bearer.setClientRegistrationIdResolver(request -> REGISTRATION);
		bearer.setPrincipalResolver(request -> QUORUM);
		bearer.setAuthorizationFailureHandler(OAuth2ClientHttpRequestInterceptor.authorizationFailureHandler(tokens));
		return (request, body, execution) -> {
			try {
				return bearer.intercept(request, body, execution);
			}
			catch (OAuth2AuthorizationException ex) {
				throw new IOException("Quorum could not sign in to Microsoft Graph (" + ex.getError().getErrorCode()
						+ "); check spring.security.oauth2.client.registration.graph and provider.graph.token-uri", ex);
			}
		};
	}

	private static JdkClientHttpRequestFactory requestFactory(GraphProperties properties) {
		// HTTP/1.1: WireMock and some proxies do not speak HTTP/2 cleartext, and Graph is
		// fine with 1.1.
		JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(properties.connectTimeout())
			.build());
		factory.setReadTimeout(properties.readTimeout());
		return factory;
	}

	/**
	 * Relative paths then resolve under the versioned root instead of replacing its last
	 * segment.
	 */
	private static String withTrailingSlash(URI base) {
		String value = base.toString();
		return value.endsWith("/") ? value : value + "/";
	}

	static class GraphRegistered extends SpringBootCondition {

		@Override
		public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
			String clientId = context.getEnvironment().getProperty(CLIENT_ID);
			return clientId == null || clientId.isBlank() ? ConditionOutcome.noMatch(CLIENT_ID + " is not set")
					: ConditionOutcome.match(CLIENT_ID + " is set");
		}

	}

}
