package uk.opcc.quorum.decisions.drafting;

import uk.opcc.quorum.decisions.Sections;

/**
 * What a drafter proposes: a title and the Part 1 sections. Also the shape the language
 * model must answer in.
 */
public record DraftSections(String title, String summary, String recommendation, String background, String options,
		String reasons, String consultation, String officerAdvice, String financial, String legal, String equality,
		String humanRights, String risk, String sustainability) {

	public Sections sections() {
		return new Sections(summary, recommendation, background, options, reasons, consultation, officerAdvice,
				financial, legal, equality, humanRights, risk, sustainability);
	}

}
