package uk.opcc.quorum.bot.meet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import uk.opcc.quorum.bot.card.Card;
import uk.opcc.quorum.bot.command.BotReply;
import uk.opcc.quorum.bot.command.CardActionHandler;
import uk.opcc.quorum.bot.command.CardActionRequest;
import uk.opcc.quorum.bot.command.CommandHandler;
import uk.opcc.quorum.bot.command.CommandRequest;
import uk.opcc.quorum.bot.command.Refusals;
import uk.opcc.quorum.bot.security.Role;
import uk.opcc.quorum.scheduler.AgendaItem;
import uk.opcc.quorum.scheduler.Boards;
import uk.opcc.quorum.scheduler.Meeting;
import uk.opcc.quorum.scheduler.Meetings;
import uk.opcc.quorum.scheduler.Minutes;
import uk.opcc.quorum.scheduler.MinutesBook;
import uk.opcc.quorum.scheduler.MinutesRequest;
import uk.opcc.quorum.scheduler.RecordedDecision;

/**
 * Taking minutes in Teams: {@code minutes SGB} opens the form for the latest meeting;
 * saving it records them.
 */
@Component
class MinutesCommand implements CommandHandler, CardActionHandler {

	private final Meetings meetings;

	private final MinutesBook minutes;

	private final Boards boards;

	private final MeetCards cards;

	MinutesCommand(Meetings meetings, MinutesBook minutes, Boards boards, MeetCards cards) {
		this.meetings = meetings;
		this.minutes = minutes;
		this.boards = boards;
		this.cards = cards;
	}

	@Override
	public List<String> names() {
		return List.of("minutes");
	}

	@Override
	public String usage() {
		return "minutes <board>";
	}

	@Override
	public String description() {
		return "Take the minutes of a board's latest meeting";
	}

	@Override
	public List<String> examples() {
		return List.of("take the minutes of the last {board}");
	}

	@Override
	public String verb() {
		return "meet.minutes";
	}

	@Override
	public Set<Role> allowedRoles() {
		return MeetRoles.SECRETARIAT;
	}

	@Override
	public BotReply handle(CommandRequest request) {
		return Refusals.explain(() -> {
			if (request.text().isEmpty()) {
				return BotReply.text("Say which board: minutes SGB");
			}
			Meeting meeting = meetings.latestHeld(request.text().split("\\s+")[0]);
			return BotReply.card(cards.minutesForm(boards.get(meeting.boardCode()), meeting));
		});
	}

	@Override
	public BotReply handle(CardActionRequest request) {
		return Refusals.explain(() -> {
			Meeting meeting = meetings.get(request.text("meeting"));
			if (MeetingChanges.stale(meeting, request)) {
				return MeetingChanges.changedSince(meeting);
			}
			List<Minutes.ItemMinutes> items = new ArrayList<>();
			for (AgendaItem item : meeting.items()) {
				String discussion = request.text("discussion." + item.id());
				List<String> decisions = lines(request.text("decisions." + item.id()));
				if (!discussion.isEmpty() || !decisions.isEmpty()) {
					items.add(new Minutes.ItemMinutes(item.id(), discussion, decisions));
				}
			}
			minutes.record(meeting.id(), new MinutesRequest(lines(request.text("present")),
					lines(request.text("apologies")), lines(request.text("declarations")), items),
					request.caller().userId());
			List<RecordedDecision> decided = minutes.decisions(meeting.id());
			Card card = Card.create().heading("Minutes saved: " + meeting.boardCode() + ", " + MeetCards.when(meeting));
			decided.forEach(d -> card.text("Decided (" + d.itemTitle() + "): " + d.text()));
			card.action("Record an action", "meet.action-form", Map.of("meeting", meeting.id()));
			// A minuted decision can become a decision notice, linked to this meeting.
			for (int i = 0; i < Math.min(decided.size(), 4); i++) {
				card.action("Draft a decision notice: " + (i + 1), "decide.from-minutes",
						Map.of("meeting", meeting.id(), "decision", i));
			}
			return BotReply.card(card);
		});
	}

	static List<String> lines(String text) {
		return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

}
