package uk.opcc.quorum.bot.conversation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * What each person last spoke of in each conversation (a board, a meeting, a decision
 * notice), for 30 minutes, so that "and the one after?", "move it to 11" and "add a paper
 * on custody to it" need not name it again. Kept per person and conversation: two
 * secretaries in one channel do not share "it". In memory and bounded: a follow-up after
 * a restart or half an hour asks again, which is safe, since nothing changes without a
 * confirmation card that names the meeting or notice.
 */
@Component
public class ConversationMemory {

	static final Duration LASTS = Duration.ofMinutes(30);

	private static final int MOST = 10_000;

	private final Clock clock;

	private final Map<String, Spoken> spoken = new LinkedHashMap<>(256, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Spoken> eldest) {
			return size() > MOST;
		}
	};

	public ConversationMemory(Clock clock) {
		this.clock = clock;
	}

	/**
	 * What was last spoken of.
	 *
	 * @param board a board's code, or null
	 * @param meeting a meeting's id, or null
	 * @param notice a decision notice's number, or null
	 * @param at when
	 */
	public record Spoken(String board, String meeting, String notice, Instant at) {
	}

	/** The last board, meeting or notice, if spoken of in the last 30 minutes. */
	public Optional<Spoken> recall(String conversation, String person) {
		synchronized (spoken) {
			Spoken last = spoken.get(key(conversation, person));
			if (last == null || last.at().plus(LASTS).isBefore(clock.instant())) {
				return Optional.empty();
			}
			return Optional.of(last);
		}
	}

	/** Remembers a board named in a message. */
	public void board(String conversation, String person, String board) {
		update(conversation, person, board, null, null);
	}

	/** Remembers a meeting shown or changed (and its board). */
	public void meeting(String conversation, String person, String board, String meeting) {
		update(conversation, person, board, meeting, null);
	}

	/** Remembers a decision notice shown or changed. */
	public void notice(String conversation, String person, String number) {
		update(conversation, person, null, null, number);
	}

	private void update(String conversation, String person, String board, String meeting, String notice) {
		if (conversation == null || person == null) {
			return;
		}
		synchronized (spoken) {
			Spoken before = recall(conversation, person).orElse(new Spoken(null, null, null, null));
			boolean otherBoard = board != null && !board.equals(before.board());
			spoken.put(key(conversation, person),
					new Spoken(board != null ? board : before.board(),
							meeting != null ? meeting : otherBoard ? null : before.meeting(),
							notice != null ? notice : before.notice(), clock.instant()));
		}
	}

	private static String key(String conversation, String person) {
		return conversation + "\u0000" + person;
	}

}
