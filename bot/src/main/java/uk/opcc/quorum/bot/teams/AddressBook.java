package uk.opcc.quorum.bot.teams;

import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.builder.teams.TeamsInfo;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.teams.TeamsChannelAccount;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.cache.CacheManager;
import org.springframework.stereotype.Component;

import uk.opcc.quorum.bot.proactive.ConversationReferences;
import uk.opcc.quorum.bot.proactive.Recently;
import uk.opcc.quorum.bot.system.CacheProperties;
import uk.opcc.quorum.bot.system.LogSafe;

/**
 * Learns a Teams user's UPN and e-mail when they speak to Quorum in a personal chat, so
 * that boards may list members by e-mail and reminders still reach them. Each user is
 * looked up at most once a period by this instance (cache
 * {@value CacheProperties#ADDRESS_LOOKUPS}, an hour by default): a reply should not cost
 * a second call to Teams, and a failed lookup is simply tried again later.
 */
@Component
class AddressBook {

	private static final Logger log = LoggerFactory.getLogger(AddressBook.class);

	private final ConversationReferences references;

	private final Recently lookedUp;

	AddressBook(ConversationReferences references, CacheManager caches) {
		this.references = references;
		this.lookedUp = new Recently(caches.getCache(CacheProperties.ADDRESS_LOOKUPS));
	}

	void learn(TurnContext turn, ChannelAccount user) {
		if (user == null || user.getAadObjectId() == null || !"msteams".equals(turn.getActivity().getChannelId())
				|| !lookedUp.due(user.getAadObjectId(), "address")
				|| references.knowsAddressOf(user.getAadObjectId())) {
			return;
		}
		try {
			TeamsChannelAccount member = TeamsInfo.getMember(turn, user.getId()).join();
			references.rememberAddress(user.getAadObjectId(), member.getUserPrincipalName(), member.getEmail());
		}
		catch (RuntimeException ex) {
			log.debug("Could not read the address of {} from Teams: {}", LogSafe.of(user.getAadObjectId()),
					LogSafe.of(ex));
		}
	}

}
