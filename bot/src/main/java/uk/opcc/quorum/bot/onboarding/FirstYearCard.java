package uk.opcc.quorum.bot.onboarding;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import uk.opcc.quorum.bot.card.Card;
import uk.opcc.quorum.scheduler.Meeting;

/** A new PCC's first year as a card, with the same dates as a calendar to download. */
final class FirstYearCard {

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

	private FirstYearCard() {
	}

	static Card of(FirstYear.Plan plan, String calendarUrl) {
		Card card = Card.create()
			.heading("Your first year")
			.subtle("Counted from polling day, " + plan.pollingDay().format(DAY)
					+ ". The dates are set by law; the office's own procedures may add to them.");
		Map<String, String> dates = new LinkedHashMap<>();
		for (Milestone milestone : plan.milestones()) {
			dates.merge(milestone.date().format(DAY), milestone.title() + ". " + milestone.detail(),
					(one, other) -> one + " " + other);
		}
		card.facts(dates);
		if (plan.meetings().isEmpty()) {
			card.text("No board meeting is scheduled yet.");
		}
		else {
			card.text("**This office's next board meetings**");
			StringBuilder next = new StringBuilder();
			for (Meeting meeting : plan.meetings()) {
				next.append("- **")
					.append(meeting.boardCode())
					.append("** ")
					.append(plan.boardName(meeting.boardCode()))
					.append(": ")
					.append(meeting.localStart().format(DAY))
					.append(", ")
					.append(meeting.localStart().format(TIME))
					.append("\n");
			}
			card.text(next.toString().strip());
		}
		return card.openUrl("Download as a calendar (.ics)", calendarUrl);
	}

}
