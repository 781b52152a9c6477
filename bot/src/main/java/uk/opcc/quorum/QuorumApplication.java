package uk.opcc.quorum;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientAutoConfiguration;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Quorum, the governance assistant of an Office of the Police and Crime Commissioner.
 * Each direct subpackage is one application module: {@code bot} (this Maven module) uses
 * {@code knowledge}, {@code scheduler} and {@code decisions}; those never use
 * {@code bot}.
 */
// Graph's client registration is bound by GraphConfiguration, and only when it has a
// client id: Boot's own binding
// refuses the empty one application.yml defaults to when no app is registered.
@SpringBootApplication(exclude = OAuth2ClientAutoConfiguration.class)
@ConfigurationPropertiesScan
@EnableAsync
@EnableScheduling
public class QuorumApplication {

	public static void main(String[] args) {
		SpringApplication.run(QuorumApplication.class, args);
	}

}
