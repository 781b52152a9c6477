package uk.opcc.quorum.decisions;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * A published decision notice as anyone may read it: Part 1 only. Part 2 is not here,
 * only the reason it is withheld, so no page built from this can show it.
 *
 * @param reference the number with its version, e.g. 2027/004
 * @param path the page's address, the number as people type it
 * @param title the title
 * @param decisionMaker who decides, in words
 * @param takenAt the board meeting the decision came from, or null
 * @param sections the written Part 1 sections, in the order a notice prints them
 * @param partTwoReason why a Part 2 is withheld (e.g. commercially sensitive); null when
 * there is none
 * @param reviews the statutory officers' sign-off
 * @param decision the PCC's decision
 * @param published the day it was published
 */
public record PublishedNotice(String reference, String path, String title, String decisionMaker, TakenAt takenAt,
		List<Section> sections, String partTwoReason, List<SignOff> reviews, Decision decision, LocalDate published) {

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	public PublishedNotice {
		sections = sections == null ? List.of() : List.copyOf(sections);
		reviews = reviews == null ? List.of() : List.copyOf(reviews);
	}

	static PublishedNotice of(DecisionNotice notice) {
		List<Section> sections = notice.sections()
			.byHeading()
			.entrySet()
			.stream()
			.filter(s -> !Sections.missing(s.getValue()))
			.map((Map.Entry<String, String> s) -> new Section(s.getKey(), s.getValue()))
			.toList();
		List<SignOff> reviews = notice.reviews()
			.stream()
			.map(r -> new SignOff(
					r.capacity() == Capacity.CHIEF_FINANCE_OFFICER ? "Chief Finance Officer" : "Monitoring Officer",
					r.by(), r.at().atZone(LONDON).toLocalDate()))
			.toList();
		DecisionNotice.Signature signature = notice.signature();
		return new PublishedNotice(notice.reference(), RegisterEntry.pathOf(notice.number(), notice.version()),
				notice.title(), notice.decisionMaker().label(),
				notice.source() == null ? null
						: new TakenAt(notice.source().boardCode(), notice.source().meetingDate()),
				sections, notice.part2() == null ? null : notice.part2().reason(), reviews,
				signature == null ? null : new Decision(signature.approved(), signature.name(), signature.date()),
				notice.publishedAt() == null ? null : notice.publishedAt().atZone(LONDON).toLocalDate());
	}

	/** A Part 1 section: its heading and text. */
	public record Section(String heading, String text) {
	}

	/** The board meeting whose minutes recorded the decision. */
	public record TakenAt(String boardCode, LocalDate date) {
	}

	/**
	 * A statutory officer's approval.
	 *
	 * @param capacity Chief Finance Officer or Monitoring Officer
	 * @param name their name as they signed
	 * @param date the day
	 */
	public record SignOff(String capacity, String name, LocalDate date) {
	}

	/**
	 * The PCC's decision.
	 *
	 * @param approved approved, or rejected
	 * @param signatory the name signed: the signatory's display name
	 * @param date the day it was signed
	 */
	public record Decision(boolean approved, String signatory, LocalDate date) {
	}

}
