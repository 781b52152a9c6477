package uk.opcc.quorum;

import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The dependency rules, shared by {@link ModularityTests} and the test proving they catch
 * a violation.
 */
final class ModuleRules {

	static final String[] CAPABILITIES = { "..quorum.knowledge..", "..quorum.scheduler..", "..quorum.decisions.." };

	private ModuleRules() {
	}

	static ArchRule onlyBotUsesBotFramework() {
		return noClasses().that()
			.resideInAnyPackage(CAPABILITIES)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("com.microsoft.bot..")
			.because("only the bot module knows Teams");
	}

	static ArchRule capabilitiesNeverUseBot() {
		return noClasses().that()
			.resideInAnyPackage(CAPABILITIES)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("..quorum.bot..")
			.because("dependencies point one way: bot uses the capability modules, never the reverse");
	}

}
