package uk.opcc.quorum.bot.command;

import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.mockito.Mockito;

import uk.opcc.quorum.bot.BotClasses;
import uk.opcc.quorum.bot.card.SampleCard;
import uk.opcc.quorum.bot.conversation.ConversationMemory;
import uk.opcc.quorum.bot.conversation.IntentRouter;
import uk.opcc.quorum.bot.conversation.ModelRouter;
import uk.opcc.quorum.bot.conversation.RealRouter;
import uk.opcc.quorum.bot.security.Role;
import uk.opcc.quorum.scheduler.Board;
import uk.opcc.quorum.scheduler.Boards;
import uk.opcc.quorum.scheduler.Member;

/** The help card, listing the bot's real commands, built by {@link HelpCommand}. */
public final class CommandCardSamples {

	private CommandCardSamples() {
	}

	public static List<SampleCard> samples() {
		Boards boards = Mockito.mock(Boards.class);
		Mockito.when(boards.recent()).thenReturn(RealRouter.boards());
		HelpCommand help = new HelpCommand(new CommandDispatcher(BotClasses.commands(), List.of(),
				ModelRouter.rulesOnly(RealRouter.get()), new ConversationMemory(RealRouter.clock())), boards);
		List<SampleCard> samples = new ArrayList<>();
		samples.add(help(help, "every command, for an administrator and secretary",
				new Caller("u-admin", "Alex Admin", "t-1", EnumSet.of(Role.ADMIN, Role.SECRETARY))));
		samples.add(help(help, "the few a candidate may use",
				new Caller("u-candidate", "Casey Candidate", "t-1", EnumSet.of(Role.CANDIDATE))));
		samples.add(ambiguous());
		return samples;
	}

	/** Two members share a first name: the dispatcher asks which, with a button each. */
	private static SampleCard ambiguous() {
		List<Member> janes = List.of(
				new Member("jane.smith@opcc.test", "Jane Smith", "jane.smith@opcc.test", Member.Role.OFFICER),
				new Member("jane.brown@opcc.test", "Jane Brown", "jane.brown@opcc.test", Member.Role.OFFICER));
		List<Board> boards = List.of(new Board("SGB", "Strategic Governance Board", false, janes,
				"FREQ=MONTHLY;BYDAY=1MO", LocalTime.of(10, 0), Duration.ofHours(2), "Room 1", true, 5, null, null));
		IntentRouter router = new IntentRouter(RealRouter.model(), "query: ", () -> boards, RealRouter.clock());
		CommandDispatcher dispatcher = new CommandDispatcher(BotClasses.commands(), List.of(),
				ModelRouter.rulesOnly(router), new ConversationMemory(RealRouter.clock()));
		BotReply reply = dispatcher.message(new Caller("u-sec", "Sasha Secretary", "t-1", EnumSet.of(Role.SECRETARY)),
				"overdue actions for jane", new ConversationInfo("a:personal", ConversationInfo.Kind.PERSONAL, null),
				List.of());
		return new SampleCard("CommandDispatcher.message(Caller, String, ConversationInfo, List)",
				"which Jane: a choice, nothing guessed", reply.messages().get(0).card());
	}

	private static SampleCard help(HelpCommand help, String name, Caller caller) {
		BotReply reply = help.handle(new CommandRequest(caller, "",
				new ConversationInfo("a:personal", ConversationInfo.Kind.PERSONAL, null), List.of()));
		return new SampleCard("HelpCommand.handle(CommandRequest)", name, reply.messages().get(0).card());
	}

}
