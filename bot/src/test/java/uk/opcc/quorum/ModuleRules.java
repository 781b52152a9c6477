package uk.opcc.quorum;

import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The dependency rules, shared by {@link ModularityTests} and the test proving they catch
 * a violation.
 */
final class ModuleRules {

	/** The library of Word layout that scheduler and decisions share. */
	static final String WORD = "..quorum.word..";

	/** Every module but bot. */
	static final String[] BELOW_BOT = { "..quorum.knowledge..", "..quorum.scheduler..", "..quorum.decisions..", WORD };

	private ModuleRules() {
	}

	static ArchRule onlyBotUsesBotFramework() {
		return noClasses().that()
			.resideInAnyPackage(BELOW_BOT)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("com.microsoft.bot..")
			.because("only the bot module knows Teams");
	}

	static ArchRule capabilitiesNeverUseBot() {
		return noClasses().that()
			.resideInAnyPackage(BELOW_BOT)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("..quorum.bot..")
			.because("dependencies point one way: bot uses the capability modules, never the reverse");
	}

	static ArchRule wordUsesNoOtherModule() {
		return noClasses().that()
			.resideInAPackage(WORD)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("..quorum.knowledge..", "..quorum.scheduler..", "..quorum.decisions..",
					"..quorum.bot..")
			.because("word-documents is a library below the modules that use it");
	}

	static ArchRule onlySchedulerAndDecisionsUseWord() {
		return noClasses().that()
			.resideOutsideOfPackages(WORD, "..quorum.scheduler..", "..quorum.decisions..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage(WORD)
			.because("word-documents is the Word layout of the scheduler's and the decisions module's documents");
	}

}
