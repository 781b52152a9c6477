package uk.opcc.quorum.decisions.render;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import uk.opcc.quorum.decisions.Capacity;
import uk.opcc.quorum.decisions.DecisionNotice;
import uk.opcc.quorum.decisions.Sections;

/**
 * A notice as the lines every published form prints, in order: Part 1 only. Part 2 is
 * acknowledged with its reason, never shown; every renderer starts from here so none can
 * leak it.
 */
public final class NoticeText {

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	/** A heading (level 1 or 2) or a paragraph. */
	public record Line(int level, String text) {
	}

	private NoticeText() {
	}

	public static List<Line> of(DecisionNotice notice) {
		List<Line> lines = new ArrayList<>();
		lines.add(new Line(1, "Decision notice " + notice.reference() + ": " + notice.title()));
		lines.add(new Line(0, "Decision maker: " + notice.decisionMaker().label()));
		lines.add(new Line(0, "Status: " + notice.status()));
		if (notice.source() != null) {
			lines.add(new Line(0, "Taken at: " + notice.source().boardCode() + " meeting of "
					+ notice.source().meetingDate().format(DAY)));
		}
		for (Map.Entry<String, String> section : notice.sections().byHeading().entrySet()) {
			if (!Sections.missing(section.getValue())) {
				lines.add(new Line(2, section.getKey()));
				lines.add(new Line(0, section.getValue()));
			}
		}
		lines.add(new Line(2, "Public access to information"));
		lines.add(new Line(0, notice.part2() == null
				? "This notice is published in full under the Freedom of Information Act 2000. There is no Part 2."
				: "Part 1 of this notice is published under the Freedom of Information Act 2000. A Part 2 is not "
						+ "published (" + notice.part2().reason() + ")."));
		lines.add(new Line(2, "Sign-off"));
		notice.reviews()
			.forEach(r -> lines.add(new Line(0,
					(r.capacity() == Capacity.CHIEF_FINANCE_OFFICER ? "Chief Finance Officer: "
							: "Monitoring Officer: ") + r.by() + ", "
							+ r.at().atZone(LONDON).toLocalDate().format(DAY))));
		if (notice.signature() != null) {
			lines.add(new Line(0, "Decision: " + (notice.signature().approved() ? "approved" : "rejected") + " by "
					+ notice.signature().name() + ", " + notice.signature().date().format(DAY)));
		}
		else {
			lines.add(new Line(0, "Not yet signed."));
		}
		return lines;
	}

}
