package uk.opcc.quorum.bot.teams;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Attachment;

import uk.opcc.quorum.bot.card.Card;
import uk.opcc.quorum.bot.command.BotMessage;
import uk.opcc.quorum.bot.command.BotReply;

/**
 * Turns Quorum's replies into Bot Framework activities: text, or an Adaptive Card with
 * the text as its summary.
 */
public final class Replies {

	private Replies() {
	}

	public static List<Activity> toActivities(BotReply reply) {
		List<Activity> activities = new ArrayList<>();
		for (BotMessage message : reply.messages()) {
			if (message.card() == null) {
				activities.add(MessageFactory.text(message.text()));
				continue;
			}
			Attachment attachment = new Attachment();
			attachment.setContentType(Card.CONTENT_TYPE);
			attachment.setContent(message.card().toJson());
			activities.add(MessageFactory.attachment(attachment, message.text()));
		}
		return activities;
	}

}
