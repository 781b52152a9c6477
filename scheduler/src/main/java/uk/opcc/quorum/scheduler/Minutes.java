package uk.opcc.quorum.scheduler;

import java.time.Instant;
import java.util.List;

/**
 * What the secretary recorded at a meeting.
 *
 * @param present who attended
 * @param apologies who sent apologies
 * @param declarations declarations of interest, one per entry
 * @param items discussion and decisions per agenda item
 * @param recordedBy who last recorded them
 * @param recordedAt when
 * @param approval set once the board approved them at its next meeting
 */
public record Minutes(List<String> present, List<String> apologies, List<String> declarations, List<ItemMinutes> items,
		String recordedBy, Instant recordedAt, Approval approval) {

	public Minutes {
		present = present == null ? List.of() : List.copyOf(present);
		apologies = apologies == null ? List.of() : List.copyOf(apologies);
		declarations = declarations == null ? List.of() : List.copyOf(declarations);
		items = items == null ? List.of() : List.copyOf(items);
	}

	public boolean approved() {
		return approval != null;
	}

	public Minutes approve(Approval newApproval) {
		return new Minutes(present, apologies, declarations, items, recordedBy, recordedAt, newApproval);
	}

	/**
	 * @param itemId the agenda item
	 * @param discussion what was said, in summary
	 * @param decisions what was decided, one per entry
	 */
	public record ItemMinutes(String itemId, String discussion, List<String> decisions) {

		public ItemMinutes {
			decisions = decisions == null ? List.of() : List.copyOf(decisions);
		}

	}

	/**
	 * @param atMeetingId the meeting at which the minutes were approved
	 * @param by who recorded the approval
	 * @param at when
	 */
	public record Approval(String atMeetingId, String by, Instant at) {
	}

}
