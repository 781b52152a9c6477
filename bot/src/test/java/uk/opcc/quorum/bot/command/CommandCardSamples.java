package uk.opcc.quorum.bot.command;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.mockito.Mockito;

import uk.opcc.quorum.bot.BotClasses;
import uk.opcc.quorum.bot.card.SampleCard;
import uk.opcc.quorum.bot.conversation.ConversationMemory;
import uk.opcc.quorum.bot.conversation.ModelRouter;
import uk.opcc.quorum.bot.conversation.RealRouter;
import uk.opcc.quorum.bot.security.Role;
import uk.opcc.quorum.scheduler.Boards;

/** The help card, listing the bot's real commands, built by {@link HelpCommand}. */
public final class CommandCardSamples {

	private CommandCardSamples() {
	}

	public static List<SampleCard> samples() {
		Boards boards = Mockito.mock(Boards.class);
		Mockito.when(boards.all()).thenReturn(RealRouter.boards());
		HelpCommand help = new HelpCommand(new CommandDispatcher(BotClasses.commands(), List.of(),
				ModelRouter.rulesOnly(RealRouter.get()), new ConversationMemory(RealRouter.clock())), boards);
		List<SampleCard> samples = new ArrayList<>();
		samples.add(help(help, "every command, for an administrator and secretary",
				new Caller("u-admin", "Alex Admin", "t-1", EnumSet.of(Role.ADMIN, Role.SECRETARY))));
		samples.add(help(help, "the few a candidate may use",
				new Caller("u-candidate", "Casey Candidate", "t-1", EnumSet.of(Role.CANDIDATE))));
		return samples;
	}

	private static SampleCard help(HelpCommand help, String name, Caller caller) {
		BotReply reply = help.handle(new CommandRequest(caller, "",
				new ConversationInfo("a:personal", ConversationInfo.Kind.PERSONAL, null), List.of()));
		return new SampleCard("HelpCommand.handle(CommandRequest)", name, reply.messages().get(0).card());
	}

}
