package uk.opcc.quorum.scheduler.reminder;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import uk.opcc.quorum.scheduler.ActionItem;
import uk.opcc.quorum.scheduler.ActionQuery;
import uk.opcc.quorum.scheduler.AgendaItem;
import uk.opcc.quorum.scheduler.Board;
import uk.opcc.quorum.scheduler.Meeting;
import uk.opcc.quorum.scheduler.Member;
import uk.opcc.quorum.scheduler.Notice;
import uk.opcc.quorum.scheduler.Notice.Kind;
import uk.opcc.quorum.scheduler.SchedulerProperties;
import uk.opcc.quorum.scheduler.board.BoardStore;
import uk.opcc.quorum.scheduler.meeting.ActionStore;
import uk.opcc.quorum.scheduler.meeting.MeetingRules;
import uk.opcc.quorum.scheduler.meeting.MeetingStore;

/**
 * Writes what a reminder says, from the meeting as it is when the reminder goes (not as
 * it was planned).
 */
@Component
class NoticeWriter {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

	private final MeetingStore meetings;

	private final BoardStore boards;

	private final ActionStore actions;

	private final SchedulerProperties properties;

	private final Clock clock;

	NoticeWriter(MeetingStore meetings, BoardStore boards, ActionStore actions, SchedulerProperties properties,
			Clock clock) {
		this.meetings = meetings;
		this.boards = boards;
		this.actions = actions;
		this.properties = properties;
		this.clock = clock;
	}

	/** The notices to send, or empty with no one to tell. */
	List<Notice> notices(Reminder reminder) {
		if (reminder.kind() == Kind.ACTION_DIGEST) {
			return digest(reminder.recipient());
		}
		Optional<Meeting> found = meetings.find(reminder.meetingId());
		if (found.isEmpty()
				|| (found.get().status() == Meeting.Status.CANCELLED && reminder.kind() != Kind.CANCELLATION)) {
			return List.of();
		}
		Meeting meeting = found.get();
		Board board = boards.find(meeting.boardCode()).orElse(null);
		if (board == null) {
			return List.of();
		}
		String when = meeting.localStart().toLocalDate().format(MeetingRules.DAY) + ", "
				+ meeting.localStart().format(TIME) + " to " + meeting.localEnd().format(TIME);
		List<String> lines = new ArrayList<>(List.of(when, "Where: " + place(meeting)));
		Map<String, String> links = new LinkedHashMap<>();
		links.put("Add to calendar (.ics)",
				properties.publicUrl().toString().replaceAll("/$", "") + "/calendar/" + meeting.id() + ".ics");
		if (meeting.joinUrl() != null) {
			links.put("Join in Teams", meeting.joinUrl());
		}
		return switch (reminder.kind()) {
			case INVITATION -> toMembers(board, reminder, "Invitation: " + board.name(),
					with(lines, "Papers are due by " + meeting.papersDeadline().format(MeetingRules.DAY) + "."), links);
			case CANCELLATION -> toMembers(board, reminder,
					"Cancelled: " + board.name() + " on " + meeting.localStart().toLocalDate().format(MeetingRules.DAY),
					lines, links);
			case PAPERS_CHASER -> chasers(board, meeting, links);
			case AGENDA_ISSUED -> toMembers(board, reminder, "Agenda: " + board.name(), agenda(lines, meeting), links);
			case DAY_BEFORE -> toMembers(board, reminder, "Tomorrow: " + board.name(), lines, links);
			case HOUR_BEFORE -> toMembers(board, reminder, "In an hour: " + board.name(), lines, links);
			case ACTION_DIGEST -> List.of();
		};
	}

	private List<Notice> toMembers(Board board, Reminder reminder, String title, List<String> lines,
			Map<String, String> links) {
		return board.members()
			.stream()
			.filter(m -> reminder.recipient() == null || m.is(reminder.recipient()))
			.map(m -> new Notice(m.id(), reminder.kind(), title, lines, links, reminder.meetingId()))
			.toList();
	}

	private List<Notice> chasers(Board board, Meeting meeting, Map<String, String> links) {
		List<Notice> notices = new ArrayList<>();
		for (AgendaItem item : meeting.items()) {
			if (!item.standard() && item.paper() == null && item.owner() != null) {
				String name = board.member(item.owner()).map(Member::name).orElse(item.owner());
				notices.add(new Notice(item.owner(), Kind.PAPERS_CHASER, "Paper due: " + item.title(),
						List.of(name + ", your paper for " + board.name() + " on "
								+ meeting.localStart().toLocalDate().format(MeetingRules.DAY) + " is due by "
								+ meeting.papersDeadline().format(MeetingRules.DAY) + ".",
								"Item: " + item.title() + " (" + item.purpose().label().toLowerCase(Locale.UK) + ")"),
						links, meeting.id()));
			}
		}
		return notices;
	}

	private static List<String> agenda(List<String> lines, Meeting meeting) {
		List<String> agenda = new ArrayList<>(lines);
		int n = 1;
		for (AgendaItem item : meeting.items()) {
			agenda.add(n++ + ". " + item.title() + (item.late() ? " (late item)" : ""));
		}
		return agenda;
	}

	private List<Notice> digest(String owner) {
		LocalDate today = LocalDate.now(clock.withZone(Meeting.LONDON));
		List<ActionItem> open = actions.find(new ActionQuery(owner, null, null, ActionItem.Status.OPEN));
		if (open.isEmpty()) {
			return List.of();
		}
		List<String> lines = open.stream()
			.map(a -> (a.overdue(today) ? "OVERDUE since " : "Due ") + a.due().format(MeetingRules.DAY) + " ("
					+ a.boardCode() + "): " + a.description())
			.toList();
		long overdue = open.stream().filter(a -> a.overdue(today)).count();
		return List.of(new Notice(owner, Kind.ACTION_DIGEST,
				"Your actions: " + open.size() + " open, " + overdue + " overdue", lines, Map.of(), null));
	}

	private static String place(Meeting meeting) {
		String where = meeting.location() == null ? "" : meeting.location();
		return meeting.online() ? (where.isEmpty() ? "Online (Teams)" : where + ", and online (Teams)") : where;
	}

	private static List<String> with(List<String> lines, String line) {
		List<String> more = new ArrayList<>(lines);
		more.add(line);
		return more;
	}

}
