package uk.opcc.quorum.bot.conversation;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import org.springframework.ai.tool.ToolCallback;

import uk.opcc.quorum.bot.BotClasses;

import static com.tngtech.archunit.base.DescribedPredicate.or;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tools a language model is offered only record what it proposes: they can reach
 * nothing that changes anything.
 */
class IntentToolTests {

	@Test
	void aToolDependsOnNothingButTheIntentsTheToolApiAndJson() {
		classes().that()
			.belongToAnyOf(IntentTool.class)
			.should()
			.onlyDependOnClassesThat(
					or(resideInAnyPackage("java..", "org.springframework.ai.tool..", "tools.jackson.."),
							belongToAnyOf(IntentTool.class, Intent.class, Slots.class, ProposedRoute.class)))
			.because("a tool records a proposal; only a confirmed card changes anything")
			.check(BotClasses.main());
	}

	@Test
	void aToolIsMadeOfItsIntentTheBoardCodesAndWhereToRecord() {
		for (Constructor<?> constructor : IntentTool.class.getConstructors()) {
			assertThat(constructor.getParameterTypes()).containsExactly(Intent.class, List.class, Consumer.class);
		}
		assertThat(Arrays.stream(IntentTool.class.getDeclaredFields())
			.filter(f -> !Modifier.isStatic(f.getModifiers()))
			.map(Field::getType)
			.toList()).containsExactlyInAnyOrder(Intent.class,
					org.springframework.ai.tool.definition.ToolDefinition.class, Consumer.class);
	}

	@Test
	void callingAToolRecordsTheProposalOfItsIntentOnlyAndReturnsDirect() {
		List<ProposedRoute> recorded = new ArrayList<>();
		List<ToolCallback> tools = IntentTool.all(List.of("SGB", "PAF"), recorded::add);
		ToolCallback move = tools.stream()
			.filter(t -> t.getToolDefinition().name().equals("MOVE_MEETING"))
			.findFirst()
			.orElseThrow();

		String answer = move.call("{\"board\":\"SGB\",\"when\":\" thursday at 10 \",\"topic\":\"ignored\"}");

		assertThat(answer).isEqualTo(IntentTool.RECORDED);
		assertThat(move.getToolMetadata().returnDirect()).isTrue();
		assertThat(recorded)
			.containsExactly(new ProposedRoute(Intent.MOVE_MEETING, "SGB", "thursday at 10", null, null, null, null));
		assertThat(tools).hasSize(Intent.values().length);
	}

	@Test
	void withNoBoardsNoBoardCanBeProposed() {
		assertThat(IntentTool.schema(Intent.MOVE_MEETING, List.of())).doesNotContain("\"board\"").contains("\"when\"");
		assertThat(IntentTool.schema(Intent.MOVE_MEETING, List.of("SGB"))).contains("\"enum\":[\"SGB\"]");
	}

}
