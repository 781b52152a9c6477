package uk.opcc.quorum;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Proves the boundary rules are not vacuous: a fixture that breaks them makes them fail.
 */
class ModuleRulesTests {

	private final JavaClasses leaky = new ClassFileImporter().importPackages("uk.opcc.quorum.fixture");

	@Test
	void failsWhenCapabilityModuleUsesBot() {
		assertThatThrownBy(() -> ModuleRules.capabilitiesNeverUseBot().check(leaky)).isInstanceOf(AssertionError.class)
			.hasMessageContaining("LeakyAnswer")
			.hasMessageContaining("TeamsCard");
	}

	@Test
	void failsWhenCapabilityModuleUsesBotFramework() {
		assertThatThrownBy(() -> ModuleRules.onlyBotUsesBotFramework().check(leaky)).isInstanceOf(AssertionError.class)
			.hasMessageContaining("com.microsoft.bot.schema.Activity");
	}

	@Test
	void failsWhenWordUsesAnotherModule() {
		assertThatThrownBy(() -> ModuleRules.wordUsesNoOtherModule().check(leaky)).isInstanceOf(AssertionError.class)
			.hasMessageContaining("LeakyLayout")
			.hasMessageContaining("LeakyAnswer");
	}

	@Test
	void failsWhenAModuleOtherThanSchedulerOrDecisionsUsesWord() {
		assertThatThrownBy(() -> ModuleRules.onlySchedulerAndDecisionsUseWord().check(leaky))
			.isInstanceOf(AssertionError.class)
			.hasMessageContaining("AnswerAsWord")
			.message()
			.doesNotContain("AgendaAsWord");
	}

}
