package uk.opcc.quorum.bot.meet;

import org.springframework.stereotype.Component;

import uk.opcc.quorum.bot.card.Card;
import uk.opcc.quorum.bot.command.BotMessage;
import uk.opcc.quorum.bot.proactive.ProactiveMessenger;
import uk.opcc.quorum.scheduler.Notice;
import uk.opcc.quorum.scheduler.ReminderDelivery;

/** The scheduler's reminders as Teams cards in each person's chat with Quorum. */
@Component
class TeamsReminderDelivery implements ReminderDelivery {

	private final ProactiveMessenger messenger;

	TeamsReminderDelivery(ProactiveMessenger messenger) {
		this.messenger = messenger;
	}

	@Override
	public boolean deliver(Notice notice) {
		Card card = Card.create().heading(notice.title());
		notice.lines().forEach(card::text);
		notice.links().forEach(card::openUrl);
		return messenger.send(notice.recipient(), new BotMessage(notice.title(), card)).delivered();
	}

}
