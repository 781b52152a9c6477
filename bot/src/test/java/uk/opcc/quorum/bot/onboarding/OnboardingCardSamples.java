package uk.opcc.quorum.bot.onboarding;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import uk.opcc.quorum.bot.card.SampleCard;
import uk.opcc.quorum.knowledge.Answer;
import uk.opcc.quorum.knowledge.Citation;
import uk.opcc.quorum.scheduler.Meeting;

/** The onboarding cards, built by Quorum's own code from realistic values. */
public final class OnboardingCardSamples {

	private OnboardingCardSamples() {
	}

	public static List<SampleCard> samples() {
		List<SampleCard> samples = new ArrayList<>();
		Topic topic = new Topic("precept-and-panel", "The precept and the police and crime panel",
				Topic.Audience.PUBLIC, 5,
				List.of("What is the precept and who sets it?", "What is the precept timetable?"));
		List<TopicCard.Answered> answers = List.of(
				new TopicCard.Answered("What is the precept and who sets it?", new Answer(
						"The Commissioner decides the police precept, the part of council tax that pays "
								+ "for policing [1].",
						true,
						List.of(new Citation("doc-2", "Finance, the Budget and the Precept", "Who sets the budget",
								"The Commissioner sets the annual policing budget")),
						Answer.Mode.EXTRACTIVE)),
				new TopicCard.Answered("What is the precept timetable?",
						new Answer("I couldn't find this in the office's documents, so I won't guess.", false,
								List.of(), Answer.Mode.EXTRACTIVE)));
		String builder = "TopicCard.of(Topic, int, int, int, List, boolean)";
		samples.add(new SampleCard(builder, "a topic for a PCC, one answer cited and one not found",
				TopicCard.of(topic, 5, 7, 4, answers, true)));
		samples.add(new SampleCard(builder, "the first topic for a candidate",
				TopicCard.of(topic, 1, 6, 0, answers, false)));
		samples.add(new SampleCard("TopicCard.finished(int, boolean)", "every topic done, for a PCC",
				TopicCard.finished(7, true)));
		samples.add(new SampleCard("TopicCard.finished(int, boolean)", "every topic done, for a candidate",
				TopicCard.finished(6, false)));
		LocalDate pollingDay = LocalDate.of(2028, 5, 4);
		Meeting sgb = new Meeting("sgb-2028-06", "SGB", Instant.parse("2028-06-13T09:00:00Z"),
				Instant.parse("2028-06-13T11:00:00Z"), "OPCC meeting room", true, Meeting.Status.SCHEDULED,
				LocalDate.of(2028, 6, 6), 0, null, null, List.of(), null, 0);
		FirstYear.Plan plan = new FirstYear.Plan(pollingDay, FirstYear.milestones(pollingDay, 28), List.of(sgb),
				Map.of("SGB", "Strategic Governance Board"));
		samples.add(new SampleCard("FirstYearCard.of(Plan, String)", "a first year with one meeting",
				FirstYearCard.of(plan, "https://quorum.opcc.example.org/api/onboarding/first-year.ics")));
		samples.add(new SampleCard("FirstYearCard.of(Plan, String)", "no meeting scheduled yet",
				FirstYearCard.of(
						new FirstYear.Plan(pollingDay, FirstYear.milestones(pollingDay, 28), List.of(), Map.of()),
						"https://quorum.opcc.example.org/api/onboarding/first-year.ics")));
		return samples;
	}

}
