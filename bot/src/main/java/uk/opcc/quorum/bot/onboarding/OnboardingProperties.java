package uk.opcc.quorum.bot.onboarding;

import java.nio.file.Path;
import java.time.LocalDate;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The onboarding programme for new PCCs and candidates.
 *
 * @param file the topics and their questions, read at start
 * @param pollingDay the polling day a new PCC's first year is counted from; when not set,
 * the May polling day whose first year is under way, else the next one
 * @param interestsWithinDays how many days after taking office the office's procedure
 * allows for the register of interests
 * @param meetings how many of the office's next board meetings the first year shows
 */
@ConfigurationProperties("quorum.onboarding")
public record OnboardingProperties(@DefaultValue("config/onboarding.yml") Path file, LocalDate pollingDay,
		@DefaultValue("28") int interestsWithinDays, @DefaultValue("6") int meetings) {

	public OnboardingProperties {
		if (interestsWithinDays < 1) {
			throw new IllegalArgumentException(
					"quorum.onboarding.interests-within-days must be a whole number of days, 1 or more.");
		}
		if (meetings < 0 || meetings > 50) {
			throw new IllegalArgumentException("quorum.onboarding.meetings must be between 0 and 50.");
		}
	}

}
