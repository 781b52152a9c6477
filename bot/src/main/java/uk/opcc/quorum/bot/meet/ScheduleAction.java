package uk.opcc.quorum.bot.meet;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import uk.opcc.quorum.bot.command.BotReply;
import uk.opcc.quorum.bot.command.CardActionHandler;
import uk.opcc.quorum.bot.command.CardActionRequest;
import uk.opcc.quorum.bot.command.Refusals;
import uk.opcc.quorum.bot.security.Role;
import uk.opcc.quorum.scheduler.Boards;
import uk.opcc.quorum.scheduler.Meeting;
import uk.opcc.quorum.scheduler.MeetingRequest;
import uk.opcc.quorum.scheduler.Meetings;
import uk.opcc.quorum.scheduler.when.LondonTime;

/** Schedules the meeting the card describes (times read in Europe/London). */
@Component
class ScheduleAction implements CardActionHandler {

	private final Meetings meetings;

	private final Boards boards;

	private final MeetCards cards;

	ScheduleAction(Meetings meetings, Boards boards, MeetCards cards) {
		this.meetings = meetings;
		this.boards = boards;
		this.cards = cards;
	}

	@Override
	public String verb() {
		return "meet.schedule";
	}

	@Override
	public Set<Role> allowedRoles() {
		return MeetRoles.SECRETARIAT;
	}

	@Override
	public BotReply handle(CardActionRequest request) {
		return Refusals.explain(() -> {
			LondonTime start;
			LondonTime end;
			try {
				LocalDate day = LocalDate.parse(request.text("date"));
				start = LondonTime.of(day, LocalTime.parse(request.text("start")));
				end = LondonTime.of(day, LocalTime.parse(request.text("end")));
			}
			catch (DateTimeException ex) {
				return BotReply.text("Give the date as on the card (e.g. 2027-03-09) and the times as HH:mm.");
			}
			// a time the clocks skip or pass twice is put to the secretary, not silently
			// moved
			for (LondonTime time : List.of(start, end)) {
				if (time instanceof LondonTime.Skipped skipped) {
					return BotReply.text(skipped.sentence());
				}
				if (time instanceof LondonTime.Repeated twice) {
					return BotReply.text(twice.sentence());
				}
			}
			Meeting meeting = meetings.schedule(new MeetingRequest(request.text("board"), exact(start), exact(end),
					request.text("location"), null));
			return BotReply
				.card(cards.meeting(meeting, boards.get(meeting.boardCode()), "Scheduled: " + meeting.boardCode()));
		});
	}

	private static OffsetDateTime exact(LondonTime time) {
		return ((LondonTime.Exact) time).at().toOffsetDateTime();
	}

}
