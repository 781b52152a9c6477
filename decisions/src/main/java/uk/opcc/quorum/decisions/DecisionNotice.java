package uk.opcc.quorum.decisions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A PCC decision notice: the formal, usually published, record of a decision.
 *
 * @param id Quorum's id
 * @param number the reference number (e.g. 2027/004), shared by all versions of one
 * notice
 * @param version 1, or higher for a correction of a signed notice
 * @param supersedes the id of the version this corrects, or null
 * @param title the title
 * @param sections Part 1: publishable text
 * @param part2 Part 2: restricted text and why, or null; never published
 * @param decisionMaker who decides
 * @param source the board meeting the decision came from, or null
 * @param forwardPlan when the decision is expected, for the forward plan, or null
 * @param status where the notice is
 * @param reviews the statutory officers' reviews of the current submission
 * @param signature the PCC's decision, once signed
 * @param statusNote why it was returned, deferred, withdrawn or not published
 * @param publishBy the day a signed notice is due on the register
 * @param publishedAt when it was published
 * @param createdBy who started it
 * @param createdAt when
 * @param revision rises with every stored change; a change based on an older revision is
 * refused
 */
@Document("decisions_notices")
public record DecisionNotice(@Id String id, String number, int version, String supersedes, String title,
		Sections sections, Part2 part2, DecisionMaker decisionMaker, SourceMeeting source, ForwardPlan forwardPlan,
		Status status, List<Review> reviews, Signature signature, String statusNote, LocalDate publishBy,
		Instant publishedAt, String createdBy, Instant createdAt, long revision) {

	public DecisionNotice {
		reviews = reviews == null ? List.of() : List.copyOf(reviews);
		sections = sections == null ? Sections.empty() : sections;
		decisionMaker = decisionMaker == null ? DecisionMaker.PCC : decisionMaker;
	}

	public enum DecisionMaker {

		PCC("Police and Crime Commissioner"),
		PCC_WITH_CHIEF_CONSTABLE("Police and Crime Commissioner with the Chief Constable");

		private final String label;

		DecisionMaker(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	/**
	 * Restricted text, never published, and the reason it is restricted (e.g.
	 * commercially sensitive).
	 */
	public record Part2(String text, String reason) {
	}

	/** The meeting whose minutes recorded the decision. */
	public record SourceMeeting(String boardCode, String meetingId, LocalDate meetingDate, String decisionText) {
	}

	/**
	 * The forward plan: when a decision is expected, who leads, and whether it will be
	 * taken in private.
	 */
	public record ForwardPlan(LocalDate expectedDate, String leadOfficer, boolean exempt) {
	}

	/** A statutory officer's review: approved, or returned with a comment. */
	public record Review(Capacity capacity, String by, Instant at, boolean approved, String comment) {
	}

	/** The PCC's decision: approved or rejected, by whom and on what day. */
	public record Signature(String name, LocalDate date, boolean approved, String comment) {
	}

	/** The public reference of this version, e.g. 2027/004 or 2027/004 v2. */
	public String reference() {
		return version > 1 ? number + " v" + version : number;
	}

	/** A register address for the reference: the number with its slashes as hyphens. */
	public String slug() {
		return reference().replace('/', '-').replace(' ', '-');
	}

	public DecisionNotice with(Status newStatus, List<Review> newReviews, Signature newSignature, String note,
			LocalDate newPublishBy, Instant newPublishedAt) {
		return new DecisionNotice(id, number, version, supersedes, title, sections, part2, decisionMaker, source,
				forwardPlan, newStatus, newReviews, newSignature, note, newPublishBy, newPublishedAt, createdBy,
				createdAt, revision);
	}

	public DecisionNotice edited(String newTitle, Sections newSections, Part2 newPart2, DecisionMaker newMaker,
			ForwardPlan newPlan) {
		return new DecisionNotice(id, number, version, supersedes, newTitle, newSections, newPart2, newMaker, source,
				newPlan, status, reviews, signature, statusNote, publishBy, publishedAt, createdBy, createdAt,
				revision);
	}

}
