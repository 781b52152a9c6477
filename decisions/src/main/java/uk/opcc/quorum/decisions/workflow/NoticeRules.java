package uk.opcc.quorum.decisions.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import uk.opcc.quorum.decisions.DecisionException;
import uk.opcc.quorum.decisions.DecisionNotice;
import uk.opcc.quorum.decisions.Sections;

/**
 * What a notice must contain: always a title; at submission the sections a decision
 * cannot be taken without.
 */
public final class NoticeRules {

	public static final List<String> REQUIRED = List.of("Executive summary", "Recommendation", "Background",
			"Reasons for the decision", "Financial implications", "Legal implications");

	private static final int LONGEST_TITLE = 300;

	private NoticeRules() {
	}

	public static void checkContent(DecisionNotice notice) {
		if (notice.title() == null || notice.title().isBlank() || notice.title().length() > LONGEST_TITLE) {
			throw DecisionException
				.invalid("A decision notice needs a title of at most " + LONGEST_TITLE + " characters.");
		}
		DecisionNotice.Part2 part2 = notice.part2();
		if (part2 != null && part2.text() != null && !part2.text().isBlank()
				&& (part2.reason() == null || part2.reason().isBlank())) {
			throw DecisionException.invalid("Part 2 is restricted and never published: give the reason it is "
					+ "restricted (e.g. commercially sensitive).");
		}
		DecisionNotice.ForwardPlan plan = notice.forwardPlan();
		if (plan != null && plan.expectedDate() == null) {
			throw DecisionException.invalid("A forward plan entry needs the date the decision is expected.");
		}
	}

	public static void checkComplete(DecisionNotice notice) {
		List<String> missing = new ArrayList<>();
		Map<String, String> sections = notice.sections().byHeading();
		for (String heading : REQUIRED) {
			if (Sections.missing(sections.get(heading))) {
				missing.add(heading);
			}
		}
		if (!missing.isEmpty()) {
			throw DecisionException.invalid("Notice " + notice.reference() + " cannot go for review yet: "
					+ String.join(", ", missing) + (missing.size() == 1 ? " is" : " are") + " still to be written.");
		}
	}

}
