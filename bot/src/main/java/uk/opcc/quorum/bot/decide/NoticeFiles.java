package uk.opcc.quorum.bot.decide;

import java.util.Comparator;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Component;

import uk.opcc.quorum.bot.files.FileSource;
import uk.opcc.quorum.bot.files.FileSummary;
import uk.opcc.quorum.bot.files.OutgoingFile;
import uk.opcc.quorum.bot.security.Role;
import uk.opcc.quorum.decisions.DecisionException;
import uk.opcc.quorum.decisions.DecisionNotice;
import uk.opcc.quorum.decisions.Decisions;
import uk.opcc.quorum.decisions.DecisionsProperties;
import uk.opcc.quorum.decisions.NoticeDocuments;
import uk.opcc.quorum.decisions.Status;

/**
 * A decision notice as the Word document {@code GET /api/decisions/{id}/docx} serves:
 * Part 1 only, for the office roles that may read notices (Part 2 is never in it). A
 * withdrawn notice is not sent.
 */
@Component
class NoticeFiles implements FileSource {

	private final Decisions decisions;

	private final NoticeDocuments documents;

	private final String publicUrl;

	NoticeFiles(Decisions decisions, NoticeDocuments documents, DecisionsProperties properties) {
		this.decisions = decisions;
		this.documents = documents;
		this.publicUrl = properties.publicUrl().toString().replaceAll("/$", "");
	}

	@Override
	public String kind() {
		return "notice";
	}

	@Override
	public String usage() {
		return "notice <number>";
	}

	@Override
	public Set<Role> allowedRoles() {
		return DecideCommands.OFFICE;
	}

	/**
	 * The number as people type it (2027/004 or 2027-004, in any case) names the latest
	 * version; a version's own reference (2027/004 v2) names that one.
	 */
	@Override
	public String find(String words) {
		String wanted = words.strip().replace('/', '-').replaceAll("\\s+", "-").toLowerCase(Locale.ROOT);
		return decisions.list(null)
			.stream()
			.filter(n -> n.slug().equalsIgnoreCase(wanted)
					|| (n.number() != null && n.number().replace('/', '-').equalsIgnoreCase(wanted)))
			.max(Comparator.comparingInt(DecisionNotice::version))
			.map(DecisionNotice::id)
			.orElseThrow(() -> DecisionException.notFound("There is no decision notice " + words.strip()
					+ ". Give its number as on the notice, e.g. send notice 2027/004."));
	}

	@Override
	public FileSummary describe(String id) {
		DecisionNotice notice = sendable(id);
		return new FileSummary("Decision notice " + notice.reference() + ": " + notice.title(),
				"notice " + notice.reference(),
				notice.status() == Status.PUBLISHED ? publicUrl + "/register/" + notice.slug() : null);
	}

	@Override
	public OutgoingFile make(String id) {
		DecisionNotice notice = sendable(id);
		return new OutgoingFile("decision-" + notice.slug() + ".docx", documents.docx(notice.id()));
	}

	private DecisionNotice sendable(String id) {
		DecisionNotice notice = decisions.get(id);
		if (notice.status() == Status.WITHDRAWN) {
			throw DecisionException
				.conflict("Decision notice " + notice.reference() + " has been withdrawn, so it is not sent.");
		}
		return notice;
	}

}
