package uk.opcc.quorum.scheduler;

import java.time.Instant;

/**
 * One item on a meeting's agenda.
 *
 * @param id stable within the meeting
 * @param title what the item is about
 * @param owner who presents it (a board member's id)
 * @param paper link to or name of the paper; null when none is due or it has not arrived
 * @param purpose why it is on the agenda
 * @param standard one of the board's standard items
 * @param late submitted after the papers deadline (accepted by the secretary)
 * @param exempt discussed in private: a public page shows neither its title nor its paper
 * @param submittedBy who added it
 * @param submittedAt when
 */
public record AgendaItem(String id, String title, String owner, String paper, Purpose purpose, boolean standard,
		boolean late, boolean exempt, String submittedBy, Instant submittedAt) {

	public enum Purpose {

		DECISION("For decision"), DISCUSSION("For discussion"), INFORMATION("For information");

		private final String label;

		Purpose(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	public AgendaItem withPaper(String newPaper) {
		return new AgendaItem(id, title, owner, newPaper, purpose, standard, late, exempt, submittedBy, submittedAt);
	}

}
