package uk.opcc.quorum.decisions;

import java.time.LocalDate;

/**
 * A line of the forward plan: a decision expected, never its text.
 *
 * @param title the title
 * @param expected the day the decision is expected
 * @param leadOfficer who leads; may be null
 * @param exempt whether it will be taken in private
 */
public record PlannedDecision(String title, LocalDate expected, String leadOfficer, boolean exempt) {

	static PlannedDecision of(DecisionNotice notice) {
		DecisionNotice.ForwardPlan plan = notice.forwardPlan();
		return new PlannedDecision(notice.title(), plan.expectedDate(), plan.leadOfficer(), plan.exempt());
	}

}
