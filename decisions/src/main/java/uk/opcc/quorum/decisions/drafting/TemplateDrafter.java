package uk.opcc.quorum.decisions.drafting;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.opcc.quorum.decisions.DecisionNotice;
import uk.opcc.quorum.decisions.Sections;

/**
 * Drafting without a language model: the text goes where it certainly belongs (summary
 * and background), the recommendation is phrased from it, and every other section says
 * what it needs, so it counts as not yet written.
 */
public final class TemplateDrafter {

	private static final Pattern FIRST_SENTENCE = Pattern.compile("^(.{10,200}?[.!?])(\\s|$)", Pattern.DOTALL);

	private TemplateDrafter() {
	}

	public static DraftSections draft(String text, DecisionNotice.SourceMeeting source) {
		String body = text.strip().replaceAll("\\s+", " ");
		String background = source == null ? body
				: body + " This was decided at the " + source.boardCode() + " meeting of " + source.meetingDate() + ".";
		return new DraftSections(title(body), body, recommendation(body), background,
				todo("the options considered, including doing nothing"), todo("why this option is recommended"),
				todo("who was consulted and what they said"), todo("the advice of the relevant officers"),
				todo("the cost, the budget it comes from and the Chief Finance Officer's view"),
				todo("the legal basis and the Monitoring Officer's view"),
				todo("the effect on people with protected characteristics"), todo("any human rights engaged"),
				todo("the main risks and how they are managed"), todo("the environmental effects, if any"));
	}

	private static String title(String body) {
		Matcher first = FIRST_SENTENCE.matcher(body);
		String sentence = first.find() ? first.group(1) : body;
		sentence = sentence.replaceAll("[.!?]$", "");
		return sentence.length() <= 120 ? sentence : sentence.substring(0, 117).strip() + "...";
	}

	private static String recommendation(String body) {
		String lower = Character.toLowerCase(body.charAt(0)) + body.substring(1);
		return "That the Police and Crime Commissioner approves the following: " + lower;
	}

	private static String todo(String what) {
		return Sections.TO_COMPLETE + what + "]";
	}

}
