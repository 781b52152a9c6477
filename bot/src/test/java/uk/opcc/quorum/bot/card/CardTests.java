package uk.opcc.quorum.bot.card;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CardTests {

	@Test
	void buildsVersionOnePointFiveCardWithEscapedUserText() throws Exception {
		String hostile = "Quote \" and brace } and <b>tag</b>";
		JsonNode json = new ObjectMapper().readTree(Card.create().heading(hostile).text("second").toString());

		assertThat(json.get("type").asText()).isEqualTo("AdaptiveCard");
		assertThat(json.get("version").asText()).isEqualTo("1.5");
		assertThat(json.get("body").get(0).get("text").asText()).isEqualTo(hostile);
		assertThat(json.has("actions")).isFalse();
	}

	@Test
	void actionsCarryTheirVerbInData() {
		JsonNode json = Card.create()
			.text("Approve?")
			.action("Approve", "decision.approve", Map.of("id", "n1"))
			.toJson();

		JsonNode action = json.get("actions").get(0);
		assertThat(action.get("type").asText()).isEqualTo("Action.Execute");
		assertThat(action.get("verb").asText()).isEqualTo("decision.approve");
		assertThat(action.get("data").get("verb").asText()).isEqualTo("decision.approve");
		assertThat(action.get("data").get("id").asText()).isEqualTo("n1");
	}

	@Test
	void keepsFactAndChoiceOrder() {
		Map<String, String> facts = new LinkedHashMap<>();
		facts.put("Board", "SGB");
		facts.put("Date", "Tue 12 January 2027");
		JsonNode json = Card.create()
			.facts(facts)
			.choiceInput("board", "Board", Map.of("SGB", "Strategic Governance Board"), "SGB", true)
			.toJson();

		assertThat(json.get("body").get(0).get("facts").get(1).get("title").asText()).isEqualTo("Date");
		JsonNode choice = json.get("body").get(1);
		assertThat(choice.get("type").asText()).isEqualTo("Input.ChoiceSet");
		assertThat(choice.get("choices").get(0).get("value").asText()).isEqualTo("SGB");
		assertThat(choice.get("isRequired").asBoolean()).isTrue();
	}

	@Test
	void toJsonReturnsIndependentCopies() {
		Card card = Card.create().text("one");
		card.toJson().withArray("body").removeAll();
		assertThat(card.toJson().get("body")).hasSize(1);
	}

}
