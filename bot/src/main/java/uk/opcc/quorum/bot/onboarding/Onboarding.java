package uk.opcc.quorum.bot.onboarding;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import uk.opcc.quorum.bot.ask.AnswerCard;
import uk.opcc.quorum.bot.ask.Readership;
import uk.opcc.quorum.bot.command.BotMessage;
import uk.opcc.quorum.bot.command.BotReply;
import uk.opcc.quorum.bot.command.Caller;
import uk.opcc.quorum.bot.security.Role;
import uk.opcc.quorum.knowledge.Answer;
import uk.opcc.quorum.knowledge.Audience;
import uk.opcc.quorum.knowledge.KnowledgeService;
import uk.opcc.quorum.knowledge.QuestionRefused;

/**
 * Walks one person through the programme: shows a topic answered by Ask with the caller's
 * readership (a candidate's answers come from published documents only), keeps their
 * place, and moves them on.
 */
@Component
class Onboarding {

	private final Programme programme;

	private final ProgressStore progress;

	private final KnowledgeService knowledge;

	private final Readership readership;

	private final FirstYear firstYear;

	private final Clock clock;

	Onboarding(Programme programme, ProgressStore progress, KnowledgeService knowledge, Readership readership,
			FirstYear firstYear, Clock clock) {
		this.programme = programme;
		this.progress = progress;
		this.knowledge = knowledge;
		this.readership = readership;
		this.firstYear = firstYear;
		this.clock = clock;
	}

	/**
	 * Where the caller left off: the topic shown last if they have not finished it, else
	 * the first they have not finished.
	 */
	BotReply resume(Caller caller) {
		List<Topic> topics = programme.topicsFor(caller);
		if (topics.isEmpty()) {
			return noProgramme();
		}
		Progress mine = progress.of(caller.userId());
		Optional<Topic> last = topics.stream()
			.filter(topic -> topic.id().equals(mine.lastShown()) && !mine.isDone(topic.id()))
			.findFirst();
		Optional<Topic> next = last.or(() -> topics.stream().filter(topic -> !mine.isDone(topic.id())).findFirst());
		return next.map(topic -> show(caller, topic, topics, mine)).orElseGet(() -> finished(caller, topics, false));
	}

	/** Forgets the caller's progress and shows the first topic. */
	BotReply startOver(Caller caller) {
		progress.forget(caller.userId());
		return resume(caller);
	}

	/**
	 * Marks a topic done and shows the next one not done, from there round to the start.
	 */
	BotReply next(Caller caller, String topicId) {
		List<Topic> topics = programme.topicsFor(caller);
		if (topics.isEmpty()) {
			return noProgramme();
		}
		Progress mine = progress.of(caller.userId());
		int from = -1;
		for (int i = 0; i < topics.size(); i++) {
			if (topics.get(i).id().equals(topicId)) {
				from = i;
				mine = mine.finished(topicId, clock.instant());
			}
		}
		progress.save(mine);
		for (int step = 1; step <= topics.size(); step++) {
			Topic candidate = topics.get(Math.floorMod(from + step, topics.size()));
			if (!mine.isDone(candidate.id())) {
				return show(caller, candidate, topics, mine);
			}
		}
		return finished(caller, topics, true);
	}

	/**
	 * Asks the caller's own question within a topic: as typed first, and when the
	 * documents do not answer that, with the topic's title as context.
	 */
	BotReply ask(Caller caller, String topicId, String question) {
		Optional<Topic> topic = programme.topic(caller, topicId);
		if (topic.isEmpty()) {
			return BotReply.text("That topic is no longer in the programme. Type **start** to carry on.");
		}
		if (question.isBlank()) {
			return BotReply.text("Type a question about " + lower(topic.get().title())
					+ " in the box first, then press **Ask about this**.");
		}
		Set<Audience> audiences = readership.audiences(caller.roles());
		try {
			Answer answer = knowledge.answer(question, audiences);
			if (!answer.grounded()) {
				Answer within = knowledge.answer(question + " (" + topic.get().title() + ")", audiences);
				answer = within.grounded() ? within : answer;
			}
			return BotReply.card(AnswerCard.of(question, answer)
				.action("Next topic", TopicCard.NEXT, java.util.Map.of("topic", topicId)));
		}
		catch (QuestionRefused ex) {
			return BotReply.text(ex.getMessage());
		}
	}

	private BotReply show(Caller caller, Topic topic, List<Topic> topics, Progress mine) {
		Set<Audience> audiences = readership.audiences(caller.roles());
		List<TopicCard.Answered> answers = new ArrayList<>();
		for (String question : topic.questions()) {
			answers.add(new TopicCard.Answered(question, answer(question, audiences)));
		}
		progress.save(mine.shown(topic.id(), clock.instant()));
		int done = (int) topics.stream().filter(t -> mine.isDone(t.id())).count();
		return BotReply
			.card(TopicCard.of(topic, topics.indexOf(topic) + 1, topics.size(), done, answers, office(caller)));
	}

	/**
	 * A question of the programme that Ask refuses (too long for this installation's
	 * limit) is shown with Ask's own sentence rather than failing the whole topic.
	 */
	private Answer answer(String question, Set<Audience> audiences) {
		try {
			return knowledge.answer(question, audiences);
		}
		catch (QuestionRefused ex) {
			return new Answer(ex.getMessage(), false, List.of(), Answer.Mode.EXTRACTIVE);
		}
	}

	/** The end; a new PCC gets their first year with it, the thing to plan next. */
	private BotReply finished(Caller caller, List<Topic> topics, boolean justNow) {
		BotMessage done = BotMessage.card(TopicCard.finished(topics.size(), office(caller)));
		if (justNow && caller.roles().contains(Role.PCC)) {
			return BotReply.of(done, BotMessage.card(firstYear.card(caller)));
		}
		return BotReply.of(done);
	}

	private BotReply noProgramme() {
		return BotReply.text("There is no onboarding programme here yet: the office has not set one up. "
				+ "You can still ask me anything about the role: type your question.");
	}

	static boolean office(Caller caller) {
		return caller.roles().stream().anyMatch(role -> role != Role.CANDIDATE);
	}

	private static String lower(String title) {
		return title.isEmpty() ? title : Character.toLowerCase(title.charAt(0)) + title.substring(1);
	}

}
