package uk.opcc.quorum;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Guards the architecture written in each module's README: {@code bot} uses the other
 * modules, they never use {@code bot}, they reach each other only through the allowed
 * dependencies declared in their {@code package-info.java}, and only {@code bot} touches
 * the Bot Framework. The {@code word} library (word-documents) uses no other module and
 * is used by {@code scheduler} and {@code decisions} alone.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(QuorumApplication.class);

	private final JavaClasses production = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("uk.opcc.quorum");

	@Test
	void modulesRespectDeclaredDependencies() {
		modules.verify();
	}

	@Test
	void onlyBotKnowsTheBotFramework() {
		ModuleRules.onlyBotUsesBotFramework().check(production);
	}

	@Test
	void capabilityModulesNeverUseBot() {
		ModuleRules.capabilitiesNeverUseBot().check(production);
	}

	@Test
	void wordUsesNoOtherModule() {
		ModuleRules.wordUsesNoOtherModule().check(production);
	}

	@Test
	void onlySchedulerAndDecisionsUseWord() {
		ModuleRules.onlySchedulerAndDecisionsUseWord().check(production);
	}

	@Test
	void writesModuleDiagrams() {
		new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}

}
