package uk.opcc.quorum.decisions;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Part 1 (publishable) sections of a decision notice.
 *
 * @param summary executive summary
 * @param recommendation what the PCC is asked to decide
 * @param background facts and context
 * @param options options considered
 * @param reasons reasons for the decision
 * @param consultation consultation undertaken
 * @param officerAdvice advice of the relevant officers
 * @param financial financial implications
 * @param legal legal implications
 * @param equality equality and diversity implications
 * @param humanRights human rights implications
 * @param risk risk implications
 * @param sustainability sustainability implications
 */
public record Sections(String summary, String recommendation, String background, String options, String reasons,
		String consultation, String officerAdvice, String financial, String legal, String equality, String humanRights,
		String risk, String sustainability) {

	/**
	 * Text a template leaves for a person to write: it counts as missing until replaced.
	 */
	public static final String TO_COMPLETE = "[To complete: ";

	public static Sections empty() {
		return new Sections(null, null, null, null, null, null, null, null, null, null, null, null, null);
	}

	/** Headings and texts in the order a notice prints them. */
	public Map<String, String> byHeading() {
		Map<String, String> all = new LinkedHashMap<>();
		all.put("Executive summary", summary);
		all.put("Recommendation", recommendation);
		all.put("Background", background);
		all.put("Options considered", options);
		all.put("Reasons for the decision", reasons);
		all.put("Consultation", consultation);
		all.put("Advice of the relevant officers", officerAdvice);
		all.put("Financial implications", financial);
		all.put("Legal implications", legal);
		all.put("Equality and diversity implications", equality);
		all.put("Human rights implications", humanRights);
		all.put("Risk implications", risk);
		all.put("Sustainability implications", sustainability);
		return all;
	}

	/**
	 * These sections, with any section {@code change} sets (non-null) replacing this
	 * one's.
	 */
	public Sections with(Sections change) {
		if (change == null) {
			return this;
		}
		return new Sections(pick(change.summary, summary), pick(change.recommendation, recommendation),
				pick(change.background, background), pick(change.options, options), pick(change.reasons, reasons),
				pick(change.consultation, consultation), pick(change.officerAdvice, officerAdvice),
				pick(change.financial, financial), pick(change.legal, legal), pick(change.equality, equality),
				pick(change.humanRights, humanRights), pick(change.risk, risk),
				pick(change.sustainability, sustainability));
	}

	private static String pick(String changed, String current) {
		return changed == null ? current : changed.isBlank() ? null : changed.strip();
	}

	public static boolean missing(String text) {
		return text == null || text.isBlank() || text.strip().startsWith(TO_COMPLETE);
	}

}
