package uk.opcc.quorum.bot.onboarding;

import java.util.List;

/**
 * One topic of the onboarding programme, as config/onboarding.yml defines it.
 *
 * @param id the key progress is kept against
 * @param title the topic's heading
 * @param audience who sees the topic
 * @param order where it comes in the programme
 * @param questions what Ask is asked, in order; the answers are the topic
 */
record Topic(String id, String title, Audience audience, int order, List<String> questions) {

	/** Who sees a topic: candidates see public topics only. */
	enum Audience {

		PUBLIC, STAFF

	}

	Topic {
		questions = List.copyOf(questions);
	}

}
