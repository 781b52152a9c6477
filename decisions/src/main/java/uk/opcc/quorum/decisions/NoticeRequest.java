package uk.opcc.quorum.decisions;

/**
 * A new notice, or a change to one: null fields keep what is there (a blank section
 * clears it).
 *
 * @param title the title
 * @param sections Part 1 sections
 * @param part2 restricted text and its reason
 * @param decisionMaker who decides
 * @param source the meeting the decision came from
 * @param forwardPlan when it is expected
 */
public record NoticeRequest(String title, Sections sections, DecisionNotice.Part2 part2,
		DecisionNotice.DecisionMaker decisionMaker, DecisionNotice.SourceMeeting source,
		DecisionNotice.ForwardPlan forwardPlan) {
}
