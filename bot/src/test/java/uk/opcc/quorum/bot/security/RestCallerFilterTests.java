package uk.opcc.quorum.bot.security;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.cache.concurrent.ConcurrentMapCacheManager;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.unit.DataSize;

import uk.opcc.quorum.bot.command.Caller;
import uk.opcc.quorum.bot.system.CacheProperties;
import uk.opcc.quorum.bot.teams.Roles;
import uk.opcc.quorum.bot.teams.TeamsProperties;
import uk.opcc.quorum.scheduler.GraphConnection;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Trial mode with an integration key configured, which no shared test application runs
 * (its REST callers name themselves without a key): the key must come with the trial
 * header, and alone it acts as staff. The real filter, on Spring's mock requests; the
 * shared applications cover trial mode without a key and sign-in with one.
 */
class RestCallerFilterTests {

	private static final String KEY = "s3cret-key";

	private final RestCallerFilter filter = new RestCallerFilter(KEY, new AccessMode(new MockEnvironment()), roles(),
			new Problems(JsonMapper.builder().build(), "advice"));

	@AfterEach
	void forget() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void noCredentialsLeaveTheCallerAnonymous() throws Exception {
		MockHttpServletResponse response = filter(request(null, null));
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
	}

	@Test
	void aWrongKeyIsRefused() throws Exception {
		MockHttpServletResponse response = filter(request("wrong", null));
		assertThat(response.getStatus()).isEqualTo(401);
		assertThat(response.getContentAsString()).contains("not the key configured");
	}

	@Test
	void theKeyAloneActsAsStaffAndNothingMore() throws Exception {
		filter(request(KEY, null));
		assertThat(caller().userId()).isEqualTo(RestCallerFilter.INTEGRATION);
		assertThat(caller().roles()).containsExactly(Role.STAFF);
	}

	@Test
	void theTrialHeaderNeedsTheKey() throws Exception {
		MockHttpServletResponse response = filter(request(null, "staff-1"));
		assertThat(response.getStatus()).isEqualTo(401);
		assertThat(response.getContentAsString()).contains("X-API-Key");
	}

	@Test
	void withTheKeyTheTrialHeaderNamesTheCallerWithTheirRoles() throws Exception {
		filter(request(KEY, "someone-unmapped"));
		assertThat(caller().userId()).isEqualTo("someone-unmapped");
		assertThat(caller().roles()).containsExactly(Role.CANDIDATE);
		SecurityContextHolder.clearContext();
		filter(request(KEY, "staff-1"));
		assertThat(caller().roles()).containsExactly(Role.STAFF);
	}

	@Test
	void theTrialHeaderIsTrustedFromThisMachineOnly() throws Exception {
		MockHttpServletRequest elsewhere = request(KEY, "staff-1");
		elsewhere.setRemoteAddr("192.0.2.7");
		MockHttpServletResponse response = filter(elsewhere);
		assertThat(response.getStatus()).isEqualTo(401);
		assertThat(response.getContentAsString()).contains("only from this machine");
	}

	private MockHttpServletResponse filter(MockHttpServletRequest request) throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(request, response, new MockFilterChain());
		return response;
	}

	private static MockHttpServletRequest request(String key, String user) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/knowledge/documents");
		request.setRemoteAddr("127.0.0.1");
		if (key != null) {
			request.addHeader(RestCallerFilter.KEY, key);
		}
		if (user != null) {
			request.addHeader(RestCallerFilter.USER, user);
		}
		return request;
	}

	private static Caller caller() {
		return ((CallerAuthentication) SecurityContextHolder.getContext().getAuthentication()).getPrincipal();
	}

	/**
	 * The application's own role mapping for one staff member, without Graph (no group is
	 * mapped).
	 */
	private static Roles roles() {
		SecurityProperties security = new SecurityProperties(Map.of());
		GroupDirectory groups = new GroupDirectory(security,
				new StaticListableBeanFactory().getBeanProvider(GraphConnection.class),
				new ConcurrentMapCacheManager(CacheProperties.GROUPS_OF_USER, CacheProperties.MEMBERS_OF_GROUP));
		TeamsProperties teams = new TeamsProperties(List.of(), Map.of("staff-1", Set.of(Role.STAFF)),
				DataSize.ofKilobytes(256), DataSize.ofKilobytes(80), 4, Duration.ofSeconds(30), Duration.ofHours(24),
				16, List.of(), List.of(), List.of("https://api.botframework.com"), Duration.ofSeconds(5));
		try {
			// Roles is built by Spring in its own package; its constructor is not public.
			var constructor = Roles.class.getDeclaredConstructor(TeamsProperties.class, SecurityProperties.class,
					GroupDirectory.class);
			constructor.setAccessible(true);
			return constructor.newInstance(teams, security, groups);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
