package uk.opcc.quorum.scheduler;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.opcc.quorum.scheduler.board.BoardsFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BoardsFileTests {

	@TempDir
	Path dir;

	@Test
	void readsTheSampleBoardsShippedInConfig() {
		List<Board> boards = BoardsFile.read(Path.of("../config/boards.yml"));

		assertThat(boards).extracting(Board::code).containsExactly("SGB", "PAF");
		Board paf = boards.get(1);
		assertThat(paf.publicBoard()).isTrue();
		assertThat(paf.duration()).hasMinutes(150);
		assertThat(paf.onHoliday()).isEqualTo(Board.HolidayPolicy.PREVIOUS_WORKING_DAY);
		assertThat(paf.standardItems()).contains("Public questions");
		assertThat(paf.member("chief.constable@police.example.org")).isPresent();
		assertThat(boards.get(0).standardItems()).isEqualTo(Board.DEFAULT_ITEMS);
	}

	@Test
	void namesTheBoardAndFieldThatIsWrong() throws Exception {
		Map<String, String> broken = Map.of("cadence: FREQ=SOMETIMES\n    start-time: \"10:00\"",
				"the cadence 'FREQ=SOMETIMES' is not an iCalendar RRULE",
				"cadence: FREQ=MONTHLY;BYDAY=2TU\n    start-time: \"25:00\"",
				"boards[0].start-time = '25:00' is not valid",
				"cadence: FREQ=MONTHLY;BYDAY=2TU\n    start-time: \"10:00\"\n    members:\n      - { name: No Id }",
				"needs an id");
		for (Map.Entry<String, String> entry : broken.entrySet()) {
			Path file = dir.resolve("boards.yml");
			Files.writeString(file, "boards:\n  - code: SGB\n    name: Strategic Governance Board\n    duration: 2h\n"
					+ "    " + entry.getKey() + "\n");
			assertThatThrownBy(() -> BoardsFile.read(file)).isInstanceOf(SchedulingException.class)
				.hasMessageContaining(file.toString())
				.hasMessageContaining(entry.getValue());
		}
	}

	@Test
	void refusesYamlThatDoesNotParse() throws Exception {
		Path file = dir.resolve("boards.yml");
		Files.writeString(file, "boards:\n  - code: SGB\n   name: [unclosed\n");

		assertThatThrownBy(() -> BoardsFile.read(file)).isInstanceOf(SchedulingException.class)
			.hasMessageContaining("is not readable YAML");
	}

}
