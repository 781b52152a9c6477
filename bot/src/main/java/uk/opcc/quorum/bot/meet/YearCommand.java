package uk.opcc.quorum.bot.meet;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import uk.opcc.quorum.bot.command.BotReply;
import uk.opcc.quorum.bot.command.CommandHandler;
import uk.opcc.quorum.bot.command.CommandRequest;
import uk.opcc.quorum.bot.command.Refusals;
import uk.opcc.quorum.bot.security.Role;
import uk.opcc.quorum.scheduler.Board;
import uk.opcc.quorum.scheduler.Boards;
import uk.opcc.quorum.scheduler.Meetings;

/**
 * A public board's year (or every public board's) as a picture in a card, for secretaries
 * who would rather look than read a list of dates: {@code year PAF 2027}; the year is
 * this one when not given, and the board and year may come in either order.
 */
@Component
class YearCommand implements CommandHandler {

	private static final String EXAMPLE = "e.g. year PAF 2027";

	private final Boards boards;

	private final Meetings meetings;

	private final PublicYears years;

	private final YearPicture picture;

	private final MeetCards cards;

	YearCommand(Boards boards, Meetings meetings, PublicYears years, YearPicture picture, MeetCards cards) {
		this.boards = boards;
		this.meetings = meetings;
		this.years = years;
		this.picture = picture;
		this.cards = cards;
	}

	@Override
	public List<String> names() {
		return List.of("year");
	}

	@Override
	public String usage() {
		return "year [board] [yyyy]";
	}

	@Override
	public String description() {
		return "A public board's year of meetings as a picture";
	}

	@Override
	public Set<Role> allowedRoles() {
		return MeetRoles.SECRETARIAT;
	}

	@Override
	public List<String> examples() {
		return List.of("year {board} 2027");
	}

	@Override
	public boolean accepts(String rest) {
		// "year end accounts: who signs them?" is a question for the documents
		return rest.isEmpty() || (rest.split("\\s+").length <= 4 && !rest.contains("?"));
	}

	@Override
	public BotReply handle(CommandRequest request) {
		return Refusals.explain(() -> {
			String code = null;
			String yearText = null;
			for (String word : request.text().isEmpty() ? new String[0] : request.text().split("\\s+")) {
				// a word with a digit is the year, unless a board is called that
				if (yearText == null && word.matches(".*\\d.*") && !boards.exists(word)) {
					yearText = word;
				}
				else if (code == null) {
					code = word;
				}
				else {
					return BotReply.text("Say one board and a year, " + EXAMPLE + ", or year alone for every public "
							+ "board this year.");
				}
			}
			int year = meetings.today().getYear();
			if (yearText != null) {
				if (!PublicYears.known(yearText)) {
					return BotReply.text("There is no calendar for '" + yearText + "': give a year from "
							+ PublicYears.FIRST_YEAR + " to " + PublicYears.LAST_YEAR + ", " + EXAMPLE + ".");
				}
				year = Integer.parseInt(yearText);
			}
			if (code == null) {
				YearAtAGlance calendar = years.allBoards(year);
				return BotReply.card(cards.year(calendar, picture.png(calendar), "/boards/year/" + year));
			}
			if (!boards.exists(code)) {
				return BotReply.text("There is no board " + code + ". Public boards: " + publicBoards() + ".");
			}
			Board board = boards.get(code);
			if (!board.publicBoard()) {
				return BotReply.text(board.code() + " is a private board: its meetings are not published, so it has "
						+ "no year at a glance. Public boards: " + publicBoards() + ".");
			}
			YearAtAGlance calendar = years.board(board, year);
			return BotReply
				.card(cards.year(calendar, picture.png(calendar), "/boards/" + board.code() + "/year/" + year));
		});
	}

	private String publicBoards() {
		List<String> codes = boards.all().stream().filter(Board::publicBoard).map(Board::code).toList();
		return codes.isEmpty() ? "none" : String.join(", ", codes);
	}

}
