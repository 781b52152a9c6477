package uk.opcc.quorum.scheduler;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;

import uk.opcc.quorum.scheduler.board.BoardStore;
import uk.opcc.quorum.scheduler.meeting.MeetingRules;
import uk.opcc.quorum.scheduler.meeting.MeetingStore;

/**
 * Builds a meeting's agenda: the board's standard items plus what staff submit before the
 * papers deadline.
 */
@Service
public class Agendas {

	/** Submitted items go before these closing items. */
	private static final Pattern CLOSING = Pattern
		.compile("(?i).*(any other business|\\baob\\b|date of (the )?next).*");

	private static final int MAX_TITLE = 300;

	private final MeetingStore store;

	private final BoardStore boards;

	private final MeetingRules rules;

	private final Clock clock;

	public Agendas(MeetingStore store, BoardStore boards, MeetingRules rules, Clock clock) {
		this.store = store;
		this.boards = boards;
		this.rules = rules;
		this.clock = clock;
	}

	/**
	 * Adds an item. After the papers deadline it is refused unless {@code acceptLate}
	 * (the secretary's decision), and then marked late.
	 */
	public AgendaItem addItem(String meetingId, ItemRequest request, String by, boolean acceptLate) {
		Meeting meeting = meeting(meetingId);
		rules.requireOpen(meeting, "given new items");
		Board board = boards.find(meeting.boardCode()).orElseThrow();
		if (request.title() == null || request.title().isBlank() || request.title().length() > MAX_TITLE) {
			throw SchedulingException.invalid("An agenda item needs a title of at most " + MAX_TITLE + " characters.");
		}
		if (request.purpose() == null) {
			throw SchedulingException.invalid("Say whether the item is for DECISION, DISCUSSION or INFORMATION.");
		}
		String owner = owner(board, request.owner() == null || request.owner().isBlank() ? by : request.owner());
		boolean late = today().isAfter(meeting.papersDeadline());
		if (late && !acceptLate) {
			throw SchedulingException.conflict(
					"Papers for " + board.code() + " on " + meeting.localStart().toLocalDate().format(MeetingRules.DAY)
							+ " were due by " + meeting.papersDeadline().format(MeetingRules.DAY)
							+ "; only the board's secretary can accept a late item.");
		}
		AgendaItem item = new AgendaItem("i" + (meeting.items().size() + 1) + "-" + Long.toString(clock.millis(), 36),
				request.title().strip(), owner, blankToNull(request.paper()), request.purpose(), false, late,
				request.exempt(), by, clock.instant());
		List<AgendaItem> items = new ArrayList<>(meeting.items());
		int at = items.size();
		for (int i = 0; i < items.size(); i++) {
			if (items.get(i).standard() && CLOSING.matcher(items.get(i).title()).matches()) {
				at = i;
				break;
			}
		}
		items.add(at, item);
		store.update(meeting.withItems(items));
		return item;
	}

	/** Records the paper for an item (a link or a file name). */
	public AgendaItem attachPaper(String meetingId, String itemId, String paper) {
		Meeting meeting = meeting(meetingId);
		AgendaItem item = meeting.item(itemId)
			.orElseThrow(() -> SchedulingException.notFound("Meeting " + meetingId + " has no item " + itemId + "."));
		if (paper == null || paper.isBlank()) {
			throw SchedulingException.invalid("Give the paper's link or file name.");
		}
		AgendaItem withPaper = item.withPaper(paper.strip());
		store.update(
				meeting.withItems(meeting.items().stream().map(i -> i.id().equals(itemId) ? withPaper : i).toList()));
		return withPaper;
	}

	/** Items whose owner has not sent a paper yet (standard items need none). */
	public List<AgendaItem> papersOutstanding(Meeting meeting) {
		return meeting.items().stream().filter(i -> !i.standard() && i.paper() == null).toList();
	}

	/** The member meant by {@code who}: their id, e-mail or (as people type it) name. */
	static String owner(Board board, String who) {
		String wanted = who.strip();
		return board.member(wanted)
			.or(() -> board.members().stream().filter(m -> m.name().equalsIgnoreCase(wanted)).findFirst())
			.map(Member::id)
			.orElseThrow(() -> SchedulingException
				.invalid(who.strip() + " is not a member of " + board.code() + "; owners must be one of: "
						+ String.join(", ", board.members().stream().map(Member::name).toList()) + "."));
	}

	private Meeting meeting(String id) {
		return store.find(id).orElseThrow(() -> SchedulingException.notFound("There is no meeting " + id + "."));
	}

	private java.time.LocalDate today() {
		return java.time.LocalDate.now(clock.withZone(Meeting.LONDON));
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
