package uk.opcc.quorum.scheduler;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import uk.opcc.quorum.scheduler.reminder.Reminder;

/**
 * Where every scheduler test starts: Monday 4 January 2027, 09:00, with no meetings,
 * actions or reminders.
 */
@Component
class CleanSlate {

	private final MongoTemplate mongo;

	private final TestClock clock;

	CleanSlate(MongoTemplate mongo, TestClock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	void reset() {
		clock.set("2027-01-04T09:00:00Z");
		mongo.remove(new Query(), Meeting.class);
		mongo.remove(new Query(), ActionItem.class);
		mongo.remove(new Query(), Reminder.class);
	}

}
