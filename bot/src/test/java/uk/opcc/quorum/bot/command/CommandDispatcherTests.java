package uk.opcc.quorum.bot.command;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import uk.opcc.quorum.bot.conversation.ConversationMemory;
import uk.opcc.quorum.bot.conversation.ModelRouter;
import uk.opcc.quorum.bot.conversation.RealRouter;
import uk.opcc.quorum.bot.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Routing and the one authorization check, without Spring: handlers are plain objects
 * recording their calls.
 */
class CommandDispatcherTests {

	private final List<String> calls = new ArrayList<>();

	private final ConversationInfo personal = new ConversationInfo("c-1", ConversationInfo.Kind.PERSONAL, null);

	private final Caller candidate = new Caller("u-1", "Una", null, Set.of(Role.CANDIDATE));

	private final Caller secretary = new Caller("u-2", "Sam", null, Set.of(Role.SECRETARY));

	private final CommandDispatcher dispatcher = new CommandDispatcher(
			List.of(command("ask", EnumSet.allOf(Role.class)), command("help", EnumSet.allOf(Role.class)),
					command("upload", EnumSet.of(Role.SECRETARY)), command("schedule", EnumSet.of(Role.SECRETARY))),
			List.of(action("meet.confirm", EnumSet.of(Role.SECRETARY))), ModelRouter.rulesOnly(RealRouter.get()),
			new ConversationMemory(RealRouter.clock()));

	@Test
	void theFirstWordNamesTheCommandAndTheRestIsItsText() {
		dispatcher.message(secretary, "  Schedule SGB on Tuesday ", personal, List.of());
		assertThat(calls).containsExactly("schedule:SGB on Tuesday");
	}

	@Test
	void plainTextIsAQuestionAndNothingAtAllIsHelp() {
		dispatcher.message(candidate, "who sets the precept?", personal, List.of());
		dispatcher.message(candidate, "   ", personal, List.of());
		assertThat(calls).containsExactly("ask:who sets the precept?", "help:");
	}

	@Test
	void filesWithoutACommandAreAnUpload() {
		dispatcher.message(secretary, "staff", personal, List.of(new IncomingFile("a.pdf", "application/pdf", "u")));
		assertThat(calls).containsExactly("upload:staff");
	}

	@Test
	void aCommandTheRolesDoNotAllowIsRefusedByNameAndNotRun() {
		BotReply reply = dispatcher.message(candidate, "schedule SGB", personal, List.of());
		assertThat(calls).isEmpty();
		assertThat(reply.toString()).contains("schedule").contains(Role.SECRETARY.description());
	}

	@Test
	void cardActionsGoByVerbAndAreCheckedTheSameWay() {
		dispatcher.cardAction(secretary, "MEET.CONFIRM", Map.of("id", "m-1"), personal);
		BotReply refused = dispatcher.cardAction(candidate, "meet.confirm", Map.of(), personal);
		BotReply unknown = dispatcher.cardAction(secretary, "meet.nothing", Map.of(), personal);
		assertThat(calls).containsExactly("meet.confirm:{id=m-1}");
		assertThat(refused.toString()).contains(Role.SECRETARY.description());
		assertThat(unknown.toString()).contains("no longer recognised");
	}

	@Test
	void aFailingHandlerGivesASentenceNotAnException() {
		CommandDispatcher failing = new CommandDispatcher(List.of(new Named("ask", EnumSet.allOf(Role.class)) {
			@Override
			public BotReply handle(CommandRequest request) {
				throw new IllegalStateException("boom");
			}
		}), List.of(), ModelRouter.rulesOnly(RealRouter.get()), new ConversationMemory(RealRouter.clock()));
		assertThat(failing.message(candidate, "why?", personal, List.of()).toString()).contains("nothing was changed");
	}

	@Test
	void twoHandlersCannotClaimOneWord() {
		assertThatIllegalStateException()
			.isThrownBy(() -> new CommandDispatcher(
					List.of(command("next", EnumSet.allOf(Role.class)), command("next", EnumSet.allOf(Role.class))),
					List.of(), ModelRouter.rulesOnly(RealRouter.get()), new ConversationMemory(RealRouter.clock())))
			.withMessageContaining("'next'");
	}

	@Test
	void helpListsOnlyWhatTheCallerMayUse() {
		assertThat(dispatcher.available(candidate)).extracting(handler -> handler.names().get(0))
			.containsExactly("ask", "help");
	}

	private CommandHandler command(String name, Set<Role> roles) {
		return new Named(name, roles) {
			@Override
			public BotReply handle(CommandRequest request) {
				calls.add(name + ":" + request.text());
				return BotReply.text(name);
			}
		};
	}

	private CardActionHandler action(String verb, Set<Role> roles) {
		return new CardActionHandler() {
			@Override
			public String verb() {
				return verb;
			}

			@Override
			public Set<Role> allowedRoles() {
				return roles;
			}

			@Override
			public BotReply handle(CardActionRequest request) {
				calls.add(verb + ":" + new java.util.TreeMap<>(request.data()));
				return BotReply.text(verb);
			}
		};
	}

	private abstract static class Named implements CommandHandler {

		private final String name;

		private final Set<Role> roles;

		Named(String name, Set<Role> roles) {
			this.name = name;
			this.roles = roles;
		}

		@Override
		public List<String> names() {
			return List.of(name);
		}

		@Override
		public String usage() {
			return name;
		}

		@Override
		public String description() {
			return name;
		}

		@Override
		public Set<Role> allowedRoles() {
			return roles;
		}

	}

}
