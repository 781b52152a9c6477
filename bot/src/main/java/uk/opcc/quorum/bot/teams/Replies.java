package uk.opcc.quorum.bot.teams;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Attachment;
import com.microsoft.bot.schema.teams.FileConsentCard;

import uk.opcc.quorum.bot.card.Card;
import uk.opcc.quorum.bot.command.BotMessage;
import uk.opcc.quorum.bot.command.BotReply;
import uk.opcc.quorum.bot.command.FileOffer;

/**
 * Turns Quorum's replies into Bot Framework activities: text, an Adaptive Card with the
 * text as its summary, or a file consent card offering a file.
 */
public final class Replies {

	private Replies() {
	}

	public static List<Activity> toActivities(BotReply reply) {
		List<Activity> activities = new ArrayList<>();
		for (BotMessage message : reply.messages()) {
			if (message.file() != null) {
				activities.add(MessageFactory.attachment(consent(message.file()), message.text()));
				continue;
			}
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

	/**
	 * Teams' file consent card: the person allows or declines, and Teams sends the
	 * context back with the answer, so it holds only what names the file.
	 */
	private static Attachment consent(FileOffer offer) {
		FileConsentCard card = new FileConsentCard();
		card.setDescription(offer.description());
		card.setSizeInBytes(offer.size());
		card.setAcceptContext(offer.context());
		card.setDeclineContext(offer.context());
		Attachment attachment = new Attachment();
		attachment.setContentType(FileConsentCard.CONTENT_TYPE);
		attachment.setName(offer.name());
		attachment.setContent(card);
		return attachment;
	}

}
