package uk.opcc.quorum.bot;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.mockito.Mockito;

import uk.opcc.quorum.bot.command.CommandHandler;

/**
 * The bot's main classes as ArchUnit sees them, read once from bot/target/classes (not
 * the whole class path), for tests that find things by type rather than from a list.
 */
public final class BotClasses {

	private static final JavaClasses MAIN = new ClassFileImporter()
		.importUrl(CommandHandler.class.getProtectionDomain().getCodeSource().getLocation());

	private BotClasses() {
	}

	public static JavaClasses main() {
		return MAIN;
	}

	/**
	 * Every command handler, so a new command is included without anyone remembering to.
	 * A handler names and describes itself without its collaborators, so each is a mock
	 * that runs its real methods: call only {@code names()}, {@code usage()},
	 * {@code description()} and {@code allowedRoles()} on them.
	 */
	public static List<CommandHandler> commands() {
		List<CommandHandler> handlers = new ArrayList<>();
		for (JavaClass type : MAIN) {
			if (type.isAssignableTo(CommandHandler.class) && !type.isInterface()) {
				handlers.add((CommandHandler) Mockito.mock(type.reflect(), Mockito.CALLS_REAL_METHODS));
			}
		}
		handlers.sort(Comparator.comparing(handler -> handler.names().get(0)));
		return handlers;
	}

}
