package uk.opcc.quorum.bot.meet;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import uk.opcc.quorum.bot.card.Card;
import uk.opcc.quorum.scheduler.ActionItem;
import uk.opcc.quorum.scheduler.AgendaItem;
import uk.opcc.quorum.scheduler.Board;
import uk.opcc.quorum.scheduler.Meeting;
import uk.opcc.quorum.scheduler.Member;
import uk.opcc.quorum.scheduler.ProposedMeeting;
import uk.opcc.quorum.scheduler.SchedulerProperties;

/**
 * The Meet cards: a meeting, the forms to schedule, add an item, take minutes and record
 * an action.
 */
@Component
class MeetCards {

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

	static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

	/**
	 * The most meeting days a year's card lists in words: with the picture, more would
	 * take the message past what Teams accepts (about 28 KB).
	 */
	static final int YEAR_DAYS_LISTED = 40;

	private final String publicUrl;

	MeetCards(SchedulerProperties properties) {
		this.publicUrl = properties.publicUrl().toString().replaceAll("/$", "");
	}

	static String when(Meeting meeting) {
		return meeting.localStart().format(DAY) + ", " + meeting.localStart().format(TIME) + " to "
				+ meeting.localEnd().format(TIME);
	}

	Card meeting(Meeting meeting, Board board, String heading) {
		Map<String, String> facts = new LinkedHashMap<>();
		facts.put("When", when(meeting));
		facts.put("Where",
				(meeting.location() == null ? "" : meeting.location() + " ") + (meeting.online() ? "(Teams)" : ""));
		facts.put("Papers due", meeting.papersDeadline().format(DAY));
		if (meeting.status() == Meeting.Status.CANCELLED) {
			facts.put("Status", "Cancelled");
		}
		Card card = Card.create().heading(heading).subtle(board.name()).facts(facts);
		int n = 1;
		StringBuilder agenda = new StringBuilder();
		for (AgendaItem item : meeting.items()) {
			agenda.append(n++).append(". ").append(item.title()).append(item.late() ? " (late)" : "").append("\n\n");
		}
		card.text(agenda.toString().strip());
		card.openUrl("Add to calendar (.ics)", publicUrl + "/calendar/" + meeting.id() + ".ics");
		if (meeting.joinUrl() != null) {
			card.openUrl("Join in Teams", meeting.joinUrl());
		}
		return card;
	}

	Card scheduleForm(Board board, ProposedMeeting next) {
		Card card = Card.create().heading("Schedule " + board.code()).subtle(board.name());
		if (next.moved() != null) {
			card.text(next.moved() + ".");
		}
		card.text(next.clashes().isEmpty()
				? ScheduleCommand.AS_ASKED.equals(next.moved()) ? "" : "No clashes found for the members."
				: "Clashes: " + String.join("; ",
						next.clashes()
							.stream()
							.map(c -> c.member() + " (" + c.what() + ", " + c.start().format(TIME) + " to "
									+ c.end().format(TIME) + ")")
							.toList()));
		return card.dateInput("date", "Date", next.start().toLocalDate().toString(), true)
			.timeInput("start", "Starts", next.start().format(TIME), true)
			.timeInput("end", "Ends", next.end().format(TIME), true)
			.textInput("location", "Where", board.location(), false, false)
			.action("Schedule", "meet.schedule", Map.of("board", board.code()));
	}

	Card itemForm(Board board, Meeting meeting, String owner) {
		return itemForm(board, meeting, owner, null);
	}

	/** The form for an agenda item, its title filled in when the request named one. */
	Card itemForm(Board board, Meeting meeting, String owner, String title) {
		Map<String, String> owners = new LinkedHashMap<>();
		board.members().forEach(m -> owners.put(m.id(), m.name()));
		Map<String, String> purposes = new LinkedHashMap<>();
		for (AgendaItem.Purpose purpose : AgendaItem.Purpose.values()) {
			purposes.put(purpose.name(), purpose.label());
		}
		return Card.create()
			.heading("Add an item: " + board.code() + ", " + meeting.localStart().format(DAY))
			.subtle("Papers are due by " + meeting.papersDeadline().format(DAY) + ".")
			.textInput("title", "Title", title, false, true)
			.choiceInput("purpose", "Purpose", purposes, AgendaItem.Purpose.DISCUSSION.name(), true)
			.choiceInput("owner", "Owner", owners, owner, true)
			.textInput("paper", "Paper (link or file name, if ready)", null, false, false)
			.action("Add to the agenda", "meet.item",
					Map.of("meeting", meeting.id(), "version", String.valueOf(meeting.version())));
	}

	Card minutesForm(Board board, Meeting meeting) {
		Card card = Card.create()
			.heading("Minutes: " + board.code() + ", " + meeting.localStart().format(DAY))
			.textInput("present", "Present (one per line)",
					String.join("\n", board.members().stream().map(Member::name).toList()), true, false)
			.textInput("apologies", "Apologies (one per line)", null, true, false)
			.textInput("declarations", "Declarations of interest (one per line)", null, true, false);
		for (AgendaItem item : meeting.items()) {
			card.textInput("discussion." + item.id(), item.title() + ": discussion", null, true, false);
			card.textInput("decisions." + item.id(), item.title() + ": decisions (one per line)", null, true, false);
		}
		return card.action("Save the minutes", "meet.minutes",
				Map.of("meeting", meeting.id(), "version", String.valueOf(meeting.version())));
	}

	Card actionForm(Board board, Meeting meeting, LocalDate due) {
		Map<String, String> owners = new LinkedHashMap<>();
		board.members().forEach(m -> owners.put(m.id(), m.name()));
		return Card.create()
			.heading("Record an action: " + board.code() + ", " + meeting.localStart().format(DAY))
			.textInput("description", "Action", null, true, true)
			.choiceInput("owner", "Owner", owners, null, true)
			.dateInput("due", "Due", due.toString(), true)
			.action("Record the action", "meet.action", Map.of("meeting", meeting.id()));
	}

	Card actions(List<ActionItem> actions, LocalDate today) {
		Card card = Card.create().heading(actions.isEmpty() ? "You have no open actions." : "Your open actions");
		for (ActionItem action : actions) {
			card.text((action.overdue(today) ? "**Overdue** since " : "Due ") + action.due().format(DAY) + " ("
					+ action.boardCode() + "): " + action.description());
		}
		actions.stream()
			.limit(5)
			.forEach(a -> card.action("Done: " + shorten(a.description()), "meet.close-action",
					Map.of("action", a.id())));
		return card;
	}

	/**
	 * A year at a glance as a picture (a PNG carried in the card), its meetings in words
	 * too, for a screen reader and for anyone whose Teams shows no images, and a link to
	 * the public page.
	 * @param path the public page's path, e.g. {@code /boards/PAF/year/2027}
	 */
	Card year(YearAtAGlance calendar, byte[] png, String path) {
		List<YearAtAGlance.Event> meetings = calendar.months()
			.stream()
			.flatMap(m -> m.events().stream())
			.filter(e -> e.kind() == YearAtAGlance.Kind.MEETING)
			.toList();
		Card card = Card.create()
			.heading(calendar.title() + " " + calendar.year())
			.image("data:image/png;base64," + Base64.getEncoder().encodeToString(png), described(calendar, meetings));
		if (meetings.isEmpty()) {
			card.text("No meetings in " + calendar.year() + ".");
		}
		else {
			Map<String, String> facts = new LinkedHashMap<>();
			meetings.forEach(e -> facts.merge(e.day(), e.text(), (a, b) -> a + "; " + b));
			card.facts(facts.entrySet()
				.stream()
				.limit(YEAR_DAYS_LISTED)
				.collect(LinkedHashMap::new, (m, e) -> m.put(e.getKey(), e.getValue()), Map::putAll));
			if (facts.size() > YEAR_DAYS_LISTED) {
				card.text("And " + (facts.size() - YEAR_DAYS_LISTED) + " more days with meetings, on the year page.");
			}
		}
		if (!calendar.holidaysKnown()) {
			card.subtle(calendar.holidaysNote());
		}
		return card.openUrl("Open the year page", publicUrl + path);
	}

	/**
	 * The picture in words: "2027: 10 meetings: 28 January, ...; cancelled: 29 July.
	 * ...".
	 */
	private static String described(YearAtAGlance calendar, List<YearAtAGlance.Event> meetings) {
		DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMMM", Locale.UK);
		List<String> held = meetings.stream().filter(e -> !e.cancelled()).map(e -> e.date().format(day)).toList();
		List<String> cancelled = meetings.stream().filter(e -> e.cancelled()).map(e -> e.date().format(day)).toList();
		StringBuilder text = new StringBuilder("Calendar of " + calendar.year() + ", " + calendar.title() + ": ");
		text.append(held.size()).append(held.size() == 1 ? " meeting" : " meetings");
		text.append(held.isEmpty() ? "" : ": " + String.join(", ", held));
		if (!cancelled.isEmpty()) {
			text.append("; cancelled: ").append(String.join(", ", cancelled));
		}
		text.append(". Meeting days are filled, papers deadlines outlined");
		text.append(calendar.holidaysKnown() ? ", bank holidays grey." : "; bank holidays are not shown.");
		return text.toString();
	}

	static String shorten(String text) {
		return text.length() <= 40 ? text : text.substring(0, 39) + "…";
	}

}
