package uk.opcc.quorum.bot.conversation;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import uk.opcc.quorum.scheduler.Board;
import uk.opcc.quorum.scheduler.Member;

import static org.assertj.core.api.Assertions.assertThat;

/** Decision numbers, board and member names, actions and topics, read by rule. */
class SlotReadersTests {

	private final BoardNames real = new BoardNames(RealRouter.boards(), Map.of("PAF", List.of("accountability forum")));

	@Test
	void decisionNumbersAsPeopleTypeThem() {
		DecisionNumber four = new DecisionNumber(2027, 4);
		for (String text : List.of("where is 2027/004 up to", "status of 2027-4?", "2027/4", "decision 4 of 2027",
				"notice no. 4 for 2027", "is 004/2027 signed", "4-2027 please", "Decision Number 4 of 2027")) {
			assertThat(DecisionNumber.find(text)).as(text).contains(four);
		}
		assertThat(four).hasToString("2027/004");
		assertThat(four.format("NNN-YYYY")).isEqualTo("004-2027");
		assertThat(new DecisionNumber(2026, 45).format("YYYY/NN")).isEqualTo("2026/45");
	}

	@Test
	void datesAndFinancialYearsAreNotDecisionNumbers() {
		for (String text : List.of("on 2027-03-03", "on 3/4/2027", "the net budget for 2021/22", "30/11/2026",
				"in 2027", "decision 4", "page 12")) {
			assertThat(DecisionNumber.find(text)).as(text).isEmpty();
		}
		assertThat(DecisionNumber.find("decision 2021/22")).contains(new DecisionNumber(2021, 22));
	}

	@Test
	void boardsByCodeNameAliasAndSlip() {
		Map<String, String> said = Map.of("when is the SGB", "SGB", "the sgb's agenda", "SGB", "all PAFs this year",
				"PAF", "the strategic governance board", "SGB", "the stratgic governance bord", "SGB",
				"Police Accountability Forum", "PAF", "the accountability forum", "PAF", "the sbg", "SGB");
		said.forEach((text, code) -> assertThat(board(text)).as(text).contains(code));
		for (String text : List.of("spaf", "sgbx report", "the governance of the estate", "a police forum",
				"strategic plan")) {
			assertThat(board(text)).as(text).isEmpty();
		}
	}

	@Test
	void membersByRoleTitleOrEmailName() {
		assertThat(person("overdue actions for the chief constable", null))
			.contains("chief.constable@police.example.org");
		assertThat(person("the deputy chief constable's actions", null)).contains("deputy.chief@police.example.org");
		assertThat(person("has the cfo got any", null)).contains("cfo@opcc.example.org");
		assertThat(person("the force cfo", null)).contains("force.cfo@police.example.org");
		assertThat(person("the PCC's actions", "SGB")).contains("pcc@opcc.example.org");
		assertThat(person("the monitoring officer", null)).contains("chief.executive@opcc.example.org");
		assertThat(person("the forum secretary", "SGB")).as("not on the SGB").isEmpty();
		assertThat(person("what are my actions", null)).isEmpty();
	}

	@Test
	void peopleByFirstOrLastNameWhenOnlyOneHasIt() {
		Board board = new Board("EGB", "Estates Governance Board", false,
				List.of(new Member("a1", "Jane Smith", null, Member.Role.CHAIR),
						new Member("a2", "Jane Okafor", null, Member.Role.MEMBER),
						new Member("a3", "Mark Hughes", null, Member.Role.SECRETARY),
						new Member("a4", "Priya Patel", null, Member.Role.MEMBER)),
				"FREQ=MONTHLY", LocalTime.of(10, 0), Duration.ofHours(1), null, false, 5, null, null);
		BoardNames names = new BoardNames(List.of(board), Map.of());
		assertThat(names.person(Typed.split("actions for priya"), null)).contains("a4");
		assertThat(names.person(Typed.split("actions for okafor"), null)).contains("a2");
		assertThat(names.person(Typed.split("actions for jane smith"), null)).contains("a1");
		assertThat(names.person(Typed.split("actions for jane"), null)).as("two Janes").isEmpty();
		assertThat(names.person(Typed.split("mark the action as done"), null)).as("an ordinary word").isEmpty();
		assertThat(names.person(Typed.split("actions for hughes"), null)).contains("a3");
		assertThat(names.board(Typed.split("the egb")).map(Names.Match::target)).contains("EGB");
	}

	@Test
	void actionsByIdOrDescription() {
		Map<String, String> said = new java.util.LinkedHashMap<>();
		said.put("mark the action on the estates review as done", "estates review");
		said.put("I've finished the Estates Review action.", "Estates Review");
		said.put("close my action about the custody report please", "custody report");
		said.put("tick off the action to circulate the risk register", "circulate the risk register");
		said.put("i've done the action for the victims survey, close it pls", "victims survey");
		said.put("action 3F2B6C1E-8A4D-4C2E-9B7A-1D2E3F4A5B6C is complete", "3f2b6c1e-8a4d-4c2e-9b7a-1d2e3f4a5b6c");
		said.put("set the custody review action to done", "custody review");
		said.put("the action to brief the panel is complete", "brief the panel");
		said.forEach((text, action) -> assertThat(Phrases.action(new Typed(text))).as(text).contains(action));
		assertThat(Phrases.action(new Typed("close my action"))).isEmpty();
		assertThat(Phrases.action(new Typed("mark it as done"))).isEmpty();
	}

	@Test
	void whatADecisionNoticeIsAbout() {
		assertThat(Phrases.topic(new Typed("can you draft a decision notice for the victims' services contract")))
			.contains("victims' services contract");
		assertThat(Phrases.topic(new Typed("new decision notice: extend the CCTV grant for a year, thanks")))
			.contains("extend the CCTV grant for a year");
		assertThat(Phrases.topic(new Typed("write a decision notice"))).isEmpty();
	}

	@Test
	void shorthandIsWrittenOut() {
		assertThat(new Typed("can u book the sgb mtg tmrw pls").text)
			.isEqualTo("can you book the sgb meeting tomorrow please");
		assertThat(new Typed("it\u2019s   my  first day").text).isEqualTo("it's my first day");
	}

	private Optional<String> board(String text) {
		return real.board(new Typed(text).words).map(Names.Match::target);
	}

	private Optional<String> person(String text, String board) {
		return real.person(new Typed(text).words, board);
	}

}
