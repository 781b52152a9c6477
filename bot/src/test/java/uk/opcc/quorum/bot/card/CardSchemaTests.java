package uk.opcc.quorum.bot.card;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import uk.opcc.quorum.bot.BotClasses;
import uk.opcc.quorum.bot.MicrosoftSchemas;
import uk.opcc.quorum.bot.ask.AskCardSamples;
import uk.opcc.quorum.bot.command.CommandCardSamples;
import uk.opcc.quorum.bot.decide.DecideCardSamples;
import uk.opcc.quorum.bot.meet.MeetCardSamples;
import uk.opcc.quorum.bot.onboarding.OnboardingCardSamples;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every card Quorum sends, built by Quorum's own code from realistic values, against
 * Microsoft's Adaptive Cards 1.5 schema (src/test/resources/schemas).
 * <p>
 * How no card is missed: every card starts with {@link Card#create()}, so
 * {@link #everyPlaceThatMakesACardHasASample()} finds each method in the bot's main code
 * that calls it (a call inside a lambda counts for the method around it) and fails until
 * that method has a sample below. The samples themselves are listed explicitly, one class
 * per package ({@code AskCardSamples}, {@code MeetCardSamples},
 * {@code DecideCardSamples}, {@code CommandCardSamples}), because the builders are
 * package-private and most need realistic collaborators; a new card in a new package
 * needs a new class added to {@link #samples()}.
 */
class CardSchemaTests {

	static List<SampleCard> samples() {
		return Stream
			.of(AskCardSamples.samples(), MeetCardSamples.samples(), DecideCardSamples.samples(),
					CommandCardSamples.samples(), OnboardingCardSamples.samples())
			.flatMap(List::stream)
			.toList();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("samples")
	void everyCardQuorumSendsMatchesTheAdaptiveCardsSchema(SampleCard sample) {
		assertThat(sample.card()).as("a card from %s", sample.builder()).isNotNull();
		assertValid(sample.toString(), sample.card());
	}

	@Test
	void everyPlaceThatMakesACardHasASample() {
		Set<String> makers = cardMakers();
		Set<String> sampled = samples().stream()
			.map(SampleCard::builder)
			.collect(Collectors.toCollection(TreeSet::new));
		assertThat(makers).as("found by scanning the bot's classes").hasSizeGreaterThanOrEqualTo(10);
		assertThat(sampled).as("every method that makes a card has a sample in samples()").containsAll(makers);
		assertThat(makers).as("every sample names a method that still makes a card").containsAll(sampled);
	}

	@Test
	void everyElementTheBuilderOffersMatchesTheSchema() {
		Set<String> offered = Arrays.stream(Card.class.getMethods())
			.filter(method -> method.getReturnType() == Card.class && !Modifier.isStatic(method.getModifiers()))
			.map(Method::getName)
			.collect(Collectors.toCollection(TreeSet::new));
		Set<String> used = new ClassFileImporter().importClasses(CardSchemaTests.class)
			.get(CardSchemaTests.class)
			.getMethod("everyElement")
			.getMethodCallsFromSelf()
			.stream()
			.filter(call -> call.getTargetOwner().isEquivalentTo(Card.class))
			.map(call -> call.getName())
			.collect(Collectors.toCollection(TreeSet::new));
		assertThat(used).as("everyElement() calls each of Card's element and action methods").containsAll(offered);
		assertValid("everyElement()", everyElement());
	}

	@Test
	void aBrokenCardFails() {
		ObjectNode misspelt = Card.create().text("Approve?").toJson();
		misspelt.withArray("body").addObject().put("type", "TextBlock").put("txt", "no such property");
		assertThat(MicrosoftSchemas.adaptiveCardErrors(misspelt.toString()))
			.contains("/body/1 additionalProperties [txt]");

		ObjectNode unknownElement = Card.create().text("Rate it").toJson();
		unknownElement.withArray("body").addObject().put("type", "Input.Slider").put("id", "score");
		assertThat(MicrosoftSchemas.adaptiveCardErrors(unknownElement.toString())).isNotEmpty()
			.allSatisfy(error -> assertThat(error).startsWith("/body/1"));

		ObjectNode badValue = Card.create().heading("Agenda").toJson();
		((ObjectNode) badValue.withArray("body").get(0)).put("weight", "Heavy");
		assertThat(MicrosoftSchemas.adaptiveCardErrors(badValue.toString()))
			.anySatisfy(error -> assertThat(error).startsWith("/body/0/weight"));

		ObjectNode openUrlWithoutUrl = Card.create().text("Papers").toJson();
		openUrlWithoutUrl.putArray("actions").addObject().put("type", "Action.OpenUrl").put("title", "Open");
		assertThat(MicrosoftSchemas.adaptiveCardErrors(openUrlWithoutUrl.toString()))
			.contains("/actions/0 required [url]");
	}

	/** A card that uses every element and action {@link Card} can make. */
	static Card everyElement() {
		Map<String, String> facts = new LinkedHashMap<>();
		facts.put("When", "Tuesday 12 January 2027, 10:00 to 12:00");
		facts.put("Where", "Conference Room 1 (Teams)");
		facts.put("Note", null);
		Map<String, String> choices = new LinkedHashMap<>();
		choices.put("DECISION", "For decision");
		choices.put("DISCUSSION", "For discussion");
		return Card.create()
			.heading("Strategic Governance Board")
			.text("**Agenda**\n\n1. Apologies")
			.subtle("Papers are due by Tuesday 5 January 2027.")
			.text(null)
			.facts(facts)
			.facts(Map.of())
			.image("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGP4DwABAQEAWk1v8QAAAABJRU5ErkJggg==",
					"A white dot")
			.image("https://quorum.opcc.example/logo.png", null)
			.textInput("title", "Title", null, false, true)
			.textInput("minutes", "Discussion", "Agreed.\nNext steps noted.", true, false)
			.dateInput("date", "Date", "2027-01-12", true)
			.dateInput("due", "Due", null, false)
			.timeInput("start", "Starts", "10:00", true)
			.timeInput("end", "Ends", null, false)
			.choiceInput("purpose", "Purpose", choices, "DECISION", true)
			.choiceInput("owner", "Owner", Map.of(), null, false)
			.action("Add to the agenda", "meet.item", Map.of("meeting", "m-1", "late", true, "count", 2))
			.openUrl("Add to calendar (.ics)", "https://quorum.opcc.example/calendar/m-1.ics");
	}

	private static void assertValid(String what, Card card) {
		String json = card.toString();
		assertThat(card.toJson().get("version").asText()).isEqualTo(Card.VERSION).isEqualTo("1.5");
		assertThat(card.toJson().get("$schema").asText()).as("the schema checked here")
			.endsWith("/schemas/1.5.0/adaptive-card.json");
		List<String> errors = MicrosoftSchemas.adaptiveCardErrors(json);
		assertThat(errors.stream().limit(20).toList())
			.as("Adaptive Cards 1.5 schema errors (the first 20) in %s",
					json.length() > 2000 ? json.substring(0, 2000) + "…" : json)
			.isEmpty();
	}

	/**
	 * Each method in the bot's main code that calls {@link Card#create()}, as
	 * {@code Class.method(ParameterTypes)}.
	 */
	private static Set<String> cardMakers() {
		JavaClass card = BotClasses.main().get(Card.class);
		Set<String> makers = new TreeSet<>();
		for (JavaMethodCall call : card.getMethod("create").getCallsOfSelf()) {
			makers.add(name(call.getOrigin()));
		}
		return makers;
	}

	private static String name(JavaCodeUnit method) {
		String owner = method.getOwner().getName().substring(method.getOwner().getPackageName().length() + 1);
		List<String> parameters = new ArrayList<>();
		method.getRawParameterTypes().forEach(type -> parameters.add(type.getSimpleName()));
		return owner + "." + method.getName() + "(" + String.join(", ", parameters) + ")";
	}

}
