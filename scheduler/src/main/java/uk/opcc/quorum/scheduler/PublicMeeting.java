package uk.opcc.quorum.scheduler;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * What anyone may read about a meeting of a public board, as the Specified Information
 * Order asks: date, time and place, the agenda and papers, and the minutes once approved.
 * Exempt items carry neither title nor paper, and draft minutes are not here at all, so
 * no page built from this can show them.
 *
 * @param id the meeting's id (its page's address)
 * @param boardCode the board's code
 * @param boardName the board's name
 * @param start when it starts, in Europe/London
 * @param end when it ends, in Europe/London
 * @param place the room or address, "Online", or both
 * @param cancelled whether the meeting was cancelled
 * @param papersDeadline the day papers are due
 * @param agenda the items in order
 * @param minutes the approved minutes, or null until the board approves them
 */
public record PublicMeeting(String id, String boardCode, String boardName, ZonedDateTime start, ZonedDateTime end,
		String place, boolean cancelled, LocalDate papersDeadline, List<Item> agenda, PublishedMinutes minutes) {

	public PublicMeeting {
		agenda = agenda == null ? List.of() : List.copyOf(agenda);
	}

	/**
	 * An agenda item as published.
	 *
	 * @param title the title; null for an exempt item
	 * @param exempt taken in private: no title, no paper
	 * @param paper the paper's address or name; null when there is none (or it is exempt)
	 */
	public record Item(String title, boolean exempt, String paper) {

		/** Whether the paper is a web address a page can link to. */
		public boolean paperLinked() {
			return paper != null && (paper.startsWith("https://") || paper.startsWith("http://"));
		}

	}

	/**
	 * Minutes the board has approved: who came and what was said and decided on each item
	 * that is not exempt.
	 *
	 * @param approved the day they were approved
	 * @param present who attended
	 * @param apologies who sent apologies
	 * @param items the minutes of each open item, in agenda order
	 */
	public record PublishedMinutes(LocalDate approved, List<String> present, List<String> apologies,
			List<ItemMinutes> items) {

		public PublishedMinutes {
			present = present == null ? List.of() : List.copyOf(present);
			apologies = apologies == null ? List.of() : List.copyOf(apologies);
			items = items == null ? List.of() : List.copyOf(items);
		}

	}

	/**
	 * @param title the item's title
	 * @param discussion what was said, in summary; may be null
	 * @param decisions what was decided
	 */
	public record ItemMinutes(String title, String discussion, List<String> decisions) {

		public ItemMinutes {
			decisions = decisions == null ? List.of() : List.copyOf(decisions);
		}

	}

}
