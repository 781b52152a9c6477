package uk.opcc.quorum.bot;

import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * What {@link QuorumIntegrationTest} adds to the application: the clock the tests move,
 * and a fresh start for each test.
 */
@TestConfiguration(proxyBeanMethods = false)
class RunningQuorumClock {

	@Bean
	@Primary
	RunningQuorum.TestClock testClock() {
		return new RunningQuorum.TestClock();
	}

	/**
	 * Every test starts on the real time and as nobody: the clock and the REST client are
	 * shared by every class in the context, and one class's 2027 would expire another's
	 * tokens, its trial user answer another's anonymous calls.
	 */
	static class EachTest implements TestExecutionListener {

		@Override
		public void beforeTestMethod(TestContext context) {
			var application = context.getApplicationContext();
			application.getBean(RunningQuorum.TestClock.class).useRealTime();
			application.getBeanProvider(TestRestTemplate.class).ifAvailable(TrialCallers::nobody);
		}

	}

}
