package uk.opcc.quorum.bot.teams;

import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.builder.teams.TeamsInfo;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.teams.TeamsChannelAccount;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import uk.opcc.quorum.bot.proactive.ConversationReferences;

/**
 * Learns a Teams user's UPN and e-mail the first time they speak to Quorum in a personal chat, so that boards may
 * list members by e-mail and reminders still reach them. A failure only means Quorum asks again next time.
 */
@Component
class AddressBook {

	private static final Logger log = LoggerFactory.getLogger(AddressBook.class);

	private final ConversationReferences references;

	AddressBook(ConversationReferences references) {
		this.references = references;
	}

	void learn(TurnContext turn, ChannelAccount user) {
		if (user == null || user.getAadObjectId() == null || !"msteams".equals(turn.getActivity().getChannelId())
				|| references.knowsAddressOf(user.getAadObjectId())) {
			return;
		}
		try {
			TeamsChannelAccount member = TeamsInfo.getMember(turn, user.getId()).join();
			references.rememberAddress(user.getAadObjectId(), member.getUserPrincipalName(), member.getEmail());
		}
		catch (RuntimeException ex) {
			log.debug("Could not read the address of {} from Teams: {}", user.getAadObjectId(), ex.getMessage());
		}
	}

}
