package uk.opcc.quorum.bot.ask;

import java.time.Clock;
import java.util.Date;
import java.util.EnumSet;
import java.util.Set;

import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import uk.opcc.quorum.bot.command.BotReply;
import uk.opcc.quorum.bot.command.CardActionHandler;
import uk.opcc.quorum.bot.command.CardActionRequest;
import uk.opcc.quorum.bot.security.Role;

/**
 * Stores thumbs up/down on an answer in {@code bot_answer_feedback} for the office to
 * review.
 */
@Component
class FeedbackAction implements CardActionHandler {

	static final String VERB = "ask.feedback";

	private final MongoTemplate mongo;

	private final Clock clock;

	FeedbackAction(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	@Override
	public String verb() {
		return VERB;
	}

	@Override
	public Set<Role> allowedRoles() {
		return EnumSet.allOf(Role.class);
	}

	@Override
	public BotReply handle(CardActionRequest request) {
		boolean useful = Boolean.parseBoolean(request.text("useful"));
		mongo.insert(new Document("userId", request.caller().userId()).append("useful", useful)
			.append("about", request.data().get("about"))
			.append("at", Date.from(clock.instant())), "bot_answer_feedback");
		return BotReply.text(useful ? "Thanks, glad it helped." : "Thanks for saying so; the office will review it.");
	}

}
