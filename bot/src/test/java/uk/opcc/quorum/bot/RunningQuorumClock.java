package uk.opcc.quorum.bot;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * What {@link RunningQuorum} adds to the application: the clock the tests move, and the connector stub's end with
 * the context (which the Meet and Decide test classes share).
 */
@TestConfiguration(proxyBeanMethods = false)
class RunningQuorumClock {

	@Bean
	@Primary
	RunningQuorum.TestClock testClock() {
		return new RunningQuorum.TestClock();
	}

	@Bean
	DisposableBean connectorStopper() {
		return RunningQuorum.connector::stop;
	}

}
