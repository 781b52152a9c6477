package uk.opcc.quorum.bot.teams;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.builder.teams.TeamsInfo;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.teams.TeamsChannelAccount;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import uk.opcc.quorum.bot.proactive.ConversationReferences;

/**
 * Learns a Teams user's UPN and e-mail when they speak to Quorum in a personal chat, so that boards may list
 * members by e-mail and reminders still reach them. Each user is looked up at most once an hour by this instance:
 * a reply should not cost a second call to Teams, and a failed lookup is simply tried again later.
 */
@Component
class AddressBook {

	private static final Logger log = LoggerFactory.getLogger(AddressBook.class);

	private static final Duration ASK_AGAIN_AFTER = Duration.ofHours(1);

	private static final int REMEMBER_AT_MOST = 10_000;

	private final ConversationReferences references;

	private final Clock clock;

	private final Map<String, Instant> lookedUp = new ConcurrentHashMap<>();

	AddressBook(ConversationReferences references, Clock clock) {
		this.references = references;
		this.clock = clock;
	}

	void learn(TurnContext turn, ChannelAccount user) {
		if (user == null || user.getAadObjectId() == null || !"msteams".equals(turn.getActivity().getChannelId())
				|| !due(user.getAadObjectId()) || references.knowsAddressOf(user.getAadObjectId())) {
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

	private boolean due(String userId) {
		Instant now = clock.instant();
		Instant last = lookedUp.get(userId);
		if (last != null && last.plus(ASK_AGAIN_AFTER).isAfter(now)) {
			return false;
		}
		if (lookedUp.size() >= REMEMBER_AT_MOST) {
			lookedUp.values().removeIf(at -> at.plus(ASK_AGAIN_AFTER).isBefore(now));
		}
		lookedUp.put(userId, now);
		return true;
	}

}
