package uk.opcc.quorum.bot.onboarding;

import java.nio.file.Files;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import uk.opcc.quorum.bot.command.Caller;
import uk.opcc.quorum.bot.security.Role;
import uk.opcc.quorum.bot.system.StartupProblem;

/**
 * The programme's topics, read from {@code quorum.onboarding.file} once at start: a
 * mistake in the file stops Quorum with the reader's sentence, since a programme that
 * silently lost a topic would mislead a new PCC. Without the file there is no programme
 * and the commands say so.
 */
@Component
class Programme {

	private static final Logger log = LoggerFactory.getLogger(Programme.class);

	private final List<Topic> topics;

	private final String file;

	Programme(OnboardingProperties properties) {
		this.file = properties.file().toString();
		if (!Files.isRegularFile(properties.file())) {
			log.info("No onboarding file at {}; the onboarding programme is empty.", file);
			this.topics = List.of();
			return;
		}
		try {
			this.topics = OnboardingFile.read(properties.file());
		}
		catch (OnboardingFile.Problem ex) {
			throw new StartupProblem(ex.getMessage(),
					"Correct the onboarding programme (quorum.onboarding.file, by default config/onboarding.yml) "
							+ "and start Quorum again. docs/onboarding.md describes each field.",
					ex);
		}
		log.info("Loaded {} onboarding topics from {}", topics.size(), file);
	}

	/**
	 * The topics this caller sees, in order: candidates see public topics only, anyone in
	 * the office sees them all.
	 */
	List<Topic> topicsFor(Caller caller) {
		boolean office = caller.roles().stream().anyMatch(role -> role != Role.CANDIDATE);
		return topics.stream().filter(topic -> office || topic.audience() == Topic.Audience.PUBLIC).toList();
	}

	Optional<Topic> topic(Caller caller, String id) {
		return topicsFor(caller).stream().filter(topic -> topic.id().equals(id)).findFirst();
	}

	String file() {
		return file;
	}

}
