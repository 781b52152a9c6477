package uk.opcc.quorum.bot;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestExecutionListeners;

/**
 * The whole application on a random port, configured by profile files only, so that test
 * classes asking for the same profiles share one application context: {@code test}
 * (application-test.yml, trial mode), plus {@code teams} for a Teams registration or
 * {@code signin} for Entra ID sign-in. A test class adds no properties of its own: a
 * property that differs starts another application. Microsoft is
 * {@link MicrosoftStandIn}; reset it before each test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
@ActiveProfiles
@Import(RunningQuorumClock.class)
@ContextConfiguration(initializers = QuorumTestContext.class)
@TestExecutionListeners(listeners = RunningQuorumClock.EachTest.class,
		mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public @interface QuorumIntegrationTest {

	@AliasFor(annotation = ActiveProfiles.class, attribute = "profiles")
	String[] profiles() default "test";

}
