package uk.opcc.quorum.scheduler;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yaml.snakeyaml.Yaml;

import uk.opcc.quorum.scheduler.board.BoardsFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * One spelling for each field and value, the same in config/boards.yml and over REST:
 * what the file says is what is read, what is written reads back as the same board, and
 * every other spelling is refused by name with what would do.
 */
class BoardFormTests {

	private static final Path CONFIG = Path.of("../config/boards.yml");

	@TempDir
	Path dir;

	@Test
	void writesTheShippedBoardsAsTheFileSpellsThem() throws Exception {
		List<Map<String, Object>> file = new Yaml()
			.<Map<String, List<Map<String, Object>>>>load(Files.readString(CONFIG))
			.get("boards");
		List<Board> boards = BoardsFile.read(CONFIG);

		for (int i = 0; i < boards.size(); i++) {
			Map<String, Object> written = BoardForm.write(boards.get(i));
			assertThat(written).containsAllEntriesOf(file.get(i));
			assertThat(BoardForm.read(written, "")).isEqualTo(boards.get(i));
		}
		assertThat(BoardForm.write(boards.get(0))).containsEntry("duration", "2h")
			.containsEntry("on-holiday", "next-working-day")
			.containsEntry("start-time", "10:00");
		assertThat(BoardForm.write(boards.get(1))).containsEntry("duration", "150m")
			.containsEntry("on-holiday", "previous-working-day");
	}

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource(delimiter = '|',
			textBlock = """
					duration             | PT2H               | duration = 'PT2H' is not valid: write whole hours or minutes, like 2h or 90m.
					duration             | 2 hours            | duration = '2 hours' is not valid: write whole hours or minutes, like 2h or 90m.
					on-holiday           | NEXT_WORKING_DAY   | on-holiday = 'NEXT_WORKING_DAY' is not valid: write next-working-day or previous-working-day.
					on-holiday           | next_working_day   | on-holiday = 'next_working_day' is not valid: write next-working-day or previous-working-day.
					start-time           | 10:00:00           | start-time = '10:00:00' is not valid: write a 24-hour time as HH:mm
					start-time           | 9:30               | start-time = '9:30' is not valid: write a 24-hour time as HH:mm
					""")
	void refusesOtherSpellingsOfAValue(String field, String value, String sentence) {
		Map<String, Object> board = sgb();
		board.put(field, value);

		assertThatThrownBy(() -> BoardForm.read(board, "")).isInstanceOf(SchedulingException.class)
			.hasMessageStartingWith(sentence);
	}

	@Test
	void refusesOtherSpellingsOfAFieldAndOtherTypes() {
		Map<String, Object> camel = sgb();
		camel.put("startTime", camel.remove("start-time"));
		assertThatThrownBy(() -> BoardForm.read(camel, ""))
			.hasMessageStartingWith("startTime is not a field of a board")
			.hasMessageContaining("(write start-time, not startTime)");

		Map<String, Object> role = sgb();
		role.put("members", List.of(Map.of("id", "pcc@opcc.test", "role", "CHAIR")));
		assertThatThrownBy(() -> BoardForm.read(role, ""))
			.hasMessage("members[0].role = 'CHAIR' is not valid: write chair, secretary, member or officer.");

		Map<String, Object> days = sgb();
		days.put("papers-deadline-days", "5");
		assertThatThrownBy(() -> BoardForm.read(days, ""))
			.hasMessage("papers-deadline-days = '5' is not valid: write a whole number of working days, like 5.");

		Map<String, Object> nobody = sgb();
		nobody.put("members", List.of(Map.of("name", "No Id")));
		assertThatThrownBy(() -> BoardForm.read(nobody, ""))
			.hasMessage("members[0] needs an id (Entra object id or e-mail).");

		Map<String, Object> online = sgb();
		online.put("online", "yes");
		assertThatThrownBy(() -> BoardForm.read(online, ""))
			.hasMessage("online = 'yes' is not valid: write true or false.");
	}

	@Test
	void theFileRefusesTheSameSpellingsWithTheBoardsPlace() throws Exception {
		Map<String, String> refused = Map.of("duration: PT2H", "boards[0].duration = 'PT2H' is not valid",
				"on-holiday: NEXT_WORKING_DAY", "boards[0].on-holiday = 'NEXT_WORKING_DAY' is not valid",
				"startTime: \"10:00\"", "boards[0].startTime is not a field of a board", "start-time: 10:00",
				"boards[0].start-time = 600 is not valid", "members: [{ id: a@b.test, role: CHAIR }]",
				"boards[0].members[0].role = 'CHAIR' is not valid");
		for (Map.Entry<String, String> entry : refused.entrySet()) {
			Path file = dir.resolve("boards.yml");
			Files.writeString(file, "boards:\n  - code: SGB\n    name: Strategic Governance Board\n"
					+ "    cadence: FREQ=MONTHLY;BYDAY=2TU\n    " + entry.getKey() + "\n");
			assertThatThrownBy(() -> BoardsFile.read(file)).as(entry.getKey())
				.isInstanceOf(SchedulingException.class)
				.hasMessageContaining(file.toString())
				.hasMessageContaining(entry.getValue());
		}
	}

	private static Map<String, Object> sgb() {
		Map<String, Object> board = new LinkedHashMap<>();
		board.put("code", "SGB");
		board.put("name", "Strategic Governance Board");
		board.put("cadence", "FREQ=MONTHLY;BYDAY=2TU");
		board.put("start-time", "10:00");
		board.put("duration", "2h");
		board.put("on-holiday", "next-working-day");
		return board;
	}

}
